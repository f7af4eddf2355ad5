import { describe, expect, it } from 'vitest';
import * as actions from '../../src/lib/progress/actions';
import { emptyProgress } from '../../src/lib/progress/model';
import { keeperText } from '../../src/lib/progress/keeper';
import { completionReport, reportAsText } from '../../src/lib/report/completion';

const parts = {
  lessons: [
    { id: 'one', title: 'Lesson one', checkId: 'check-one' },
    { id: 'two', title: 'Lesson two', checkId: 'check-two' },
  ],
  quizzes: [
    { id: 'quiz', title: 'A quiz' },
    { id: 'post-test', title: 'Post-test' },
  ],
  rule: { reachEnd: true, submitKnowledgeCheck: true },
};
const day1 = Date.UTC(2026, 10, 20) / 1000;
// Lesson one read to its end and its knowledge check submitted, the same day.
let progress = actions.reachLessonEnd(emptyProgress(), 'one', day1);
progress = actions.recordQuizAttempt(progress, 'check-one', {
  at: day1 + 60,
  seconds: 5,
  score: 1,
  max: 4,
  items: {},
});
progress = actions.recordQuizAttempt(progress, 'quiz', {
  at: day1 + 86400,
  seconds: 5,
  score: 3,
  max: 4,
  items: {},
});

describe('completion report', () => {
  it('lists every part with status and dates', () => {
    const report = completionReport(progress, parts);
    expect(report.lessons).toEqual([
      { title: 'Lesson one', status: 'Complete', date: '2026-11-20' },
      { title: 'Lesson two', status: 'Not started' },
    ]);
    expect(report.quizzes[0]).toEqual({
      title: 'A quiz',
      status: 'Best 75%, last 75% (1 kept attempt)',
      date: '2026-11-21',
    });
    expect(report.quizzes[1]).toEqual({ title: 'Post-test', status: 'Not done' });
    expect(report.evaluation).toBe('Not submitted');
  });

  it('counts a lesson read to its end, its knowledge check not submitted, as in progress', () => {
    const read = actions.reachLessonEnd(progress, 'two', day1 + 86400);
    expect(completionReport(read, parts).lessons[1]).toEqual({ title: 'Lesson two', status: 'In progress' });
  });

  it('keeps to the assigned parts when there is an assignment', () => {
    const report = completionReport(progress, parts, {
      classLabel: 'NUR 210',
      due: '2026-12-01',
      lessonIds: ['two'],
      quizIds: [],
    });
    expect(report.assignment).toEqual({ classLabel: 'NUR 210', due: '2026-12-01' });
    expect(report.lessons.map((row) => row.title)).toEqual(['Lesson two']);
    expect(report.quizzes).toEqual([]);
    // The label is the link maker's text: quoted and attributed, never the report's own words.
    expect(reportAsText(report, 'Clonus', 'Alex', new Date(), 'browser')).toContain(
      'Assignment link labelled “NUR 210”, due 2026-12-01',
    );
  });

  it('writes a text file that says it is self-reported when the browser holds the record', () => {
    const text = reportAsText(
      completionReport(progress, parts),
      'Clonus',
      'Alex',
      new Date('2026-11-24T00:00:00Z'),
      'browser',
    );
    expect(text).toContain('Learner: Alex');
    expect(text).toContain('- Lesson one: Complete (2026-11-20)');
    expect(text).toContain('It is a self-reported record, not proof of completion');
    expect(text).not.toMatch(/LMS keeps the official record/);
  });

  it('says the LMS keeps the official record when an LMS holds it', () => {
    const text = reportAsText(completionReport(progress, parts), 'Clonus', 'Alex', new Date(), 'lms');
    expect(text).toContain(keeperText('lms').report);
    expect(text).not.toMatch(/self-reported/);
  });
});
