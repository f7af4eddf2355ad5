// What a lesson page does with the learner's reading: the section it keeps for resume, and what it
// announces as the lesson's status changes (lib/progress/lesson-tracking.ts).
import { describe, expect, it } from 'vitest';
import { reachLessonEnd, recordQuizAttempt } from '../../../src/lib/progress/actions';
import type { StudyPlan } from '../../../src/lib/progress/completion';
import { lessonAnnouncer, sectionTracker } from '../../../src/lib/progress/lesson-tracking';
import { emptyProgress, type Progress } from '../../../src/lib/progress/model';

const headings = (...tops: number[]) => tops.map((top, index) => ({ id: `s${String(index + 1)}`, top }));

describe('the section kept for resume', () => {
  it('is the last section whose heading passed the reading line, and the top before the first', () => {
    const visits: string[] = [];
    const tracker = sectionTracker((id) => visits.push(id));
    tracker.scrolled(headings(400, 900), 300);
    expect(visits).toEqual([]);
    tracker.scrolled(headings(-100, 250), 300);
    tracker.scrolled(headings(-120, 240), 300);
    tracker.scrolled(headings(-900, -400), 300);
    tracker.scrolled(headings(500, 1000), 300);
    expect(visits).toEqual(['s2', '']);
  });

  it('arriving by a link keeps that section until the learner scrolls on their own', () => {
    const visits: string[] = [];
    const tracker = sectionTracker((id) => visits.push(id));
    tracker.arrived('#s3', ['s1', 's2', 's3']);
    // The browser's own scroll to it, or a last heading that cannot reach the top.
    tracker.scrolled(headings(-500, -100, 450), 300);
    expect(visits).toEqual(['s3']);
    tracker.userScrolls();
    tracker.scrolled(headings(-500, -100, 450), 300);
    expect(visits).toEqual(['s3', 's2']);
  });

  it('ignores an address fragment that is not a section', () => {
    const visits: string[] = [];
    const tracker = sectionTracker((id) => visits.push(id));
    tracker.arrived('#main', ['s1']);
    tracker.scrolled(headings(100), 300);
    expect(visits).toEqual(['s1']);
  });
});

const plan: StudyPlan = {
  lessons: [{ id: 'first', checkId: 'check-first' }, { id: 'plain' }],
  rule: { reachEnd: true, submitKnowledgeCheck: true },
};
const attempt = { at: 2000, seconds: 60, score: 1, max: 4, items: {} };

describe('what a lesson page announces', () => {
  it('reaching the end says what is still needed, and submitting the check then says the lesson is complete', () => {
    const announcer = lessonAnnouncer(plan, plan.lessons[0] ?? { id: 'first' }, 4);
    let progress: Progress = emptyProgress();
    expect(announcer.changed(progress)).toBeUndefined();
    const said = announcer.reachedEnd(
      () => progress,
      () => {
        progress = reachLessonEnd(progress, 'first', 1500);
        // The store tells the page of its own change while saving it: not announced twice.
        expect(announcer.changed(progress)).toBeUndefined();
        return true;
      },
    );
    expect(said).toBe(
      'Reached the end ✓ — still needed to complete this lesson: answer all 4 knowledge-check questions.',
    );
    progress = recordQuizAttempt(progress, 'check-first', attempt);
    expect(announcer.changed(progress)).toBe('Lesson complete.');
    expect(announcer.changed(progress)).toBeUndefined();
  });

  it('reaching the end last completes the lesson, saved or not', () => {
    for (const saved of [true, false]) {
      const announcer = lessonAnnouncer(plan, plan.lessons[0] ?? { id: 'first' }, 4);
      let progress = recordQuizAttempt(emptyProgress(), 'check-first', attempt);
      announcer.changed(progress);
      const said = announcer.reachedEnd(
        () => progress,
        () => {
          progress = reachLessonEnd(progress, 'first', 2500);
          announcer.changed(progress);
          return saved;
        },
      );
      expect(said).toBe(
        saved
          ? 'Lesson complete. Your progress is saved.'
          : 'Lesson complete, but your progress was not saved for good: the note at the top of the page says why.',
      );
    }
  });

  it('says nothing of a lesson complete when the page opened, nor of an end reached before', () => {
    const announcer = lessonAnnouncer(plan, plan.lessons[0] ?? { id: 'first' }, 4);
    const done = recordQuizAttempt(reachLessonEnd(emptyProgress(), 'first', 1000), 'check-first', attempt);
    expect(announcer.changed(done)).toBeUndefined();
    expect(
      announcer.reachedEnd(
        () => done,
        () => true,
      ),
    ).toBeUndefined();
  });

  it('a lesson without a knowledge check is complete at its end', () => {
    const announcer = lessonAnnouncer(plan, { id: 'plain' }, 0);
    let progress = emptyProgress();
    announcer.changed(progress);
    expect(
      announcer.reachedEnd(
        () => progress,
        () => {
          progress = reachLessonEnd(progress, 'plain', 1000);
          return true;
        },
      ),
    ).toBe('Lesson complete. Your progress is saved.');
  });
});
