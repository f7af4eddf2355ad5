import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import {
  exportFileName,
  exportFileText,
  importSentence,
  importSizeLimit,
  readImportFile as readFile,
} from '../../../src/lib/progress/transfer';

const start = Date.UTC(2026, 10, 20) / 1000;
const progress = actions.reachLessonEnd(
  actions.openLesson(emptyProgress(), 'what-is-clonus', start),
  'what-is-clonus',
  start + 100,
);
const when = new Date('2026-11-24T10:00:00Z');
const course = { lessonIds: ['what-is-clonus', 'disease-causes'], quizIds: ['topic-causes'] };
/** Reads a file as this course would, on the day it was exported. */
const readImportFile = (text: string) => readFile(text, course, when.getTime() / 1000);
const exported = exportFileText(progress, when);
const withFile = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(exported) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

describe('progress export and import', () => {
  it('imports what it exported', () => {
    expect(readImportFile(exported)).toEqual({ ok: true, progress, dropped: 0 });
  });

  it('imports a file exported by the previous version of the course', () => {
    const v1File = JSON.stringify({
      format: 'clonus-course-progress',
      version: 1,
      exportedAt: '2026-11-01T00:00:00.000Z',
      progress: { v: 1, r: 0, l: { 'what-is-clonus': [start, start + 2, 3] }, q: {} },
    });
    const result = readImportFile(v1File);
    expect(result.ok && result.progress.lessons['what-is-clonus']).toEqual({
      startedAt: start,
      endReachedAt: start + 2,
      seconds: 3,
    });
  });

  it('imports this course’s post-test sittings and leaves another course’s out', () => {
    const sat = { count: 2, at: start + 200, itemIds: ['b01', 'b02'] };
    const withSittings = { ...progress, sittings: { 'topic-causes': sat, 'other-quiz': sat } };
    const result = readImportFile(exportFileText(withSittings, when));
    expect(result.ok && result.progress.sittings).toEqual({ 'topic-causes': sat });
  });

  it('names the file by date', () => {
    expect(exportFileName(when)).toBe('clonus-course-progress-2026-11-24.json');
  });

  it.each([
    ['an empty file', '', /not readable/],
    ['a file that is not JSON', 'hello', /not readable/],
    ['JSON from elsewhere', '{"name":"x"}', /not a progress export from this course/],
    ['a file that is too large', 'x'.repeat(importSizeLimit + 1), /too large/],
    ['a file from a newer version', withFile((f) => (f.version = 99)), /newer version/],
    ['a file without its progress', withFile((f) => delete f.progress), /damaged or incomplete/],
    [
      'a file with one bad entry',
      withFile((f) => ((f.progress as { l: Record<string, unknown> }).l.x = 'bad')),
      /damaged or incomplete/,
    ],
    [
      'a file that tries to inject markup',
      withFile(
        (f) => ((f.progress as { l: Record<string, unknown> }).l['<img src=x onerror=alert(1)>'] = [1, 0, 1]),
      ),
      /damaged or incomplete/,
    ],
  ])('refuses %s with a reason and says nothing changed', (_case, text, reason) => {
    const result = readImportFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(reason);
    expect(result.message).toMatch(/current progress has not changed/);
  });

  it('keeps only this course’s lessons and quizzes, and says how many were left out', () => {
    const mixed = actions.recordQuizAttempt(
      actions.openLesson(progress, 'another-course-lesson', start + 5),
      'another-course-quiz',
      { at: start + 6, seconds: 1, score: 1, max: 1, items: {} },
    );
    const result = readImportFile(exportFileText(mixed, when));
    // The resume point was in the other course's lesson: it goes too.
    const { location: _elsewhere, ...ours } = progress;
    expect(result).toEqual({ ok: true, progress: ours, dropped: 2 });
    if (!result.ok) return;
    expect(importSentence({ ...result, saved: true })).toMatch(
      /^Progress imported and combined .* 2 entries from outside this course .* were left out\.$/,
    );
    expect(importSentence({ ...result, saved: false })).toMatch(/not saved for good/);
  });

  it('refuses another course’s export that holds nothing of this course', () => {
    const foreign = actions.openLesson(emptyProgress(), 'another-course-lesson', start);
    const result = readImportFile(exportFileText(foreign, when));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/no progress on this course’s lessons or quizzes/);
  });

  it.each([
    ['an attempt dated 2106', Date.UTC(2106, 0, 1) / 1000],
    ['a lesson started in 1970', 1],
    ['a lesson started the day after the export and one more', when.getTime() / 1000 + 2 * 86_400],
  ])('refuses a file with %s', (_case, moment) => {
    const odd = actions.recordQuizAttempt(progress, 'topic-causes', {
      at: moment,
      seconds: 1,
      score: 1,
      max: 1,
      items: {},
    });
    const result = readImportFile(exportFileText(odd, when));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/dates that no record of this course can have/);
  });
});
