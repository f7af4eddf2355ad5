import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../../src/lib/progress/model';
import { currentVersion, decodeProgress, encodeProgress, migrations } from '../../../src/lib/progress/wire';

const sample: Progress = {
  resetAt: 50,
  lessons: {
    'what-is-clonus': { startedAt: 100, endReachedAt: 400, seconds: 300 },
    'how-clonus-happens': { startedAt: 500, seconds: 20 },
  },
  location: { lessonId: 'how-clonus-happens', sectionId: 'the-reflex-loop', at: 520 },
  quizzes: {
    'check-what-is-clonus': [
      { at: 410, seconds: 90, score: 3, max: 4, items: { a1: 'correct', a2: 'partial', a3: 'incorrect' } },
    ],
  },
  sittings: { 'post-test': { count: 2, at: 990, itemIds: ['pt-a1', 'pt-b2'] } },
  courseCompletedAt: 999,
  evaluation: {
    at: 1000,
    objectives: ['yes', 'partly', 'no'],
    relevance: 4,
    comment: 'Clear, with "quotes" and <tags> kept as text.',
  },
  learner: { name: 'Alex Nguyễn', at: 1001 },
};

describe('stored progress (wire format)', () => {
  it('round-trips a full record exactly', () => {
    const decoded = decodeProgress(encodeProgress(sample));
    expect(decoded).toEqual({ status: 'ok', progress: sample });
  });

  it('encodes equal records to the same string whatever order their keys were added in', () => {
    const reordered: Progress = {
      ...sample,
      lessons: Object.fromEntries(Object.entries(sample.lessons).reverse()),
    };
    expect(encodeProgress(reordered)).toBe(encodeProgress(sample));
  });

  it('stores the current version and a location at the top of a lesson as an empty section', () => {
    const progress: Progress = { ...emptyProgress(), location: { lessonId: 'what-is-clonus', at: 1 } };
    const stored = JSON.parse(encodeProgress(progress)) as { v: number; p: unknown };
    expect(stored.v).toBe(currentVersion);
    expect(stored.p).toEqual(['what-is-clonus', '', 1]);
    expect(decodeProgress(encodeProgress(progress)).progress.location).toEqual({
      lessonId: 'what-is-clonus',
      at: 1,
    });
  });

  it.each([null, undefined, ''])('reads %j as no progress yet', (raw) => {
    expect(decodeProgress(raw)).toEqual({ status: 'empty', progress: emptyProgress() });
  });

  it.each([
    ['not JSON', '{{{', 'corrupt'],
    ['JSON of another kind', '[1,2,3]', 'foreign'],
    ['an object without a version', '{"theme":"dark"}', 'foreign'],
    ['a version that is not a number', '{"v":"1"}', 'foreign'],
    ['a newer version', '{"v":5,"r":0,"l":{},"q":{}}', 'future'],
    ['a current version with a broken outer shape', '{"v":1,"r":"x","l":{},"q":{}}', 'corrupt'],
  ])('refuses %s, starting from nothing', (_case, raw, reason) => {
    expect(decodeProgress(raw)).toEqual({ status: 'unreadable', progress: emptyProgress(), reason });
  });

  it('drops invalid entries one by one and keeps the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      r: 0,
      l: { good: [1, 0, 5], bad: [1, 'x', 5], 'Bad Id<script>': [1, 0, 5] },
      p: ['good', 'section', 'later'],
      q: { quiz: [[1, 2, 3, 4, 'a:c'], [1, 2, 9, 4, 'a:c'], 'junk'], other: 'junk' },
    });
    const decoded = decodeProgress(raw);
    expect(decoded.status).toBe('salvaged');
    if (decoded.status !== 'salvaged') return;
    expect(decoded.dropped).toBe(6);
    expect(Object.keys(decoded.progress.lessons)).toEqual(['good']);
    expect(decoded.progress.quizzes.quiz).toHaveLength(1);
    expect(decoded.progress.quizzes.other).toBeUndefined();
    expect(decoded.progress.location).toBeUndefined();
  });

  it('recovers the whole lessons from a value cut short', () => {
    const full = encodeProgress(sample);
    // Lessons are stored in id order: "how-clonus-happens" is whole, "what-is-clonus" is cut.
    const cut = full.slice(0, full.indexOf('"what-is-clonus"') + 8);
    const decoded = decodeProgress(cut);
    expect(decoded.status).toBe('salvaged');
    expect(decoded.progress.resetAt).toBe(50);
    expect(decoded.progress.lessons).toEqual({ 'how-clonus-happens': sample.lessons['how-clonus-happens'] });
  });

  it('finds nothing to recover in a value cut before its lessons', () => {
    expect(decodeProgress('{"v":1,"r":0,"l":{"wha').status).toBe('unreadable');
  });

  it('migrates a version 1 record: version 2 only added the evaluation and the name', () => {
    const v1 =
      '{"v":1,"r":5,"l":{"what-is-clonus":[100,200,60]},"p":["what-is-clonus","",210],"q":{"quiz":[[300,20,1,2,"q1:c,q2:i"]]},"c":200}';
    const decoded = decodeProgress(v1);
    expect(decoded.status).toBe('ok');
    expect(decoded.progress).toEqual({
      resetAt: 5,
      lessons: { 'what-is-clonus': { startedAt: 100, endReachedAt: 200, seconds: 60 } },
      location: { lessonId: 'what-is-clonus', at: 210 },
      quizzes: {
        quiz: [{ at: 300, seconds: 20, score: 1, max: 2, items: { q1: 'correct', q2: 'incorrect' } }],
      },
      courseCompletedAt: 200,
    });
    expect(JSON.parse(encodeProgress(decoded.progress))).toMatchObject({ v: currentVersion });
    expect(Object.keys(migrations).map(Number)).toEqual([1, 2, 3]);
  });

  it('migrates a version 2 record: version 3 only tags new attempts', () => {
    const v2 = '{"v":2,"r":0,"l":{},"q":{"quiz":[[300,20,1,2,"q1:c,q2:i"]]},"n":["Ada",5]}';
    const decoded = decodeProgress(v2);
    expect(decoded.status).toBe('ok');
    expect(decoded.progress.quizzes.quiz).toEqual([
      { at: 300, seconds: 20, score: 1, max: 2, items: { q1: 'correct', q2: 'incorrect' } },
    ]);
    expect(decoded.progress.learner).toEqual({ name: 'Ada', at: 5 });
  });

  it('keeps a tagged attempt’s tag, and refuses a tag that is not letters and digits', () => {
    const tagged = '{"v":3,"r":0,"l":{},"q":{"quiz":[[300,20,1,2,"","k3x9"],[301,20,1,2,"","<b>"]]}}';
    const decoded = decodeProgress(tagged);
    expect(decoded.status).toBe('salvaged');
    expect(decoded.progress.quizzes.quiz).toEqual([
      { at: 300, seconds: 20, score: 1, max: 2, items: {}, id: 'k3x9' },
    ]);
    expect(encodeProgress(decoded.progress)).toContain('[300,20,1,2,"","k3x9"]');
  });

  it('drops a damaged evaluation or name alone', () => {
    const raw = '{"v":2,"r":0,"l":{"a":[1,0,1]},"q":{},"e":[1,"yx",9,"c"],"n":["",1]}';
    const decoded = decodeProgress(raw);
    expect(decoded).toMatchObject({ status: 'salvaged', dropped: 2 });
    expect(decoded.progress.evaluation).toBeUndefined();
    expect(decoded.progress.lessons.a).toBeDefined();
  });

  it('keeps the post-test sittings compactly: a count, a time and the last sitting’s ids', () => {
    const stored = JSON.parse(encodeProgress(sample)) as { s: unknown };
    expect(stored.s).toEqual({ 'post-test': [2, 990, 'pt-a1,pt-b2'] });
  });

  it('drops a damaged sitting entry alone, and says so', () => {
    const raw = '{"v":4,"r":0,"l":{},"q":{},"s":{"post-test":[1,5,"a,b"],"x":[0,5,""],"y":[1,5,"A"]}}';
    expect(decodeProgress(raw)).toEqual({
      status: 'salvaged',
      dropped: 2,
      progress: { ...emptyProgress(), sittings: { 'post-test': { count: 1, at: 5, itemIds: ['a', 'b'] } } },
    });
  });

  it('reads a version 3 record (before sittings were kept) as one with no sitting yet', () => {
    const old = '{"v":3,"r":0,"l":{},"q":{"quiz":[[300,20,1,2,"","k3x9"]]}}';
    const decoded = decodeProgress(old);
    expect(decoded.status).toBe('ok');
    expect(decoded.progress.sittings).toBeUndefined();
    expect(migrations[3]?.({ v: 3 })).toEqual({ v: 4 });
  });
});
