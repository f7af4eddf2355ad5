// The course's quiz files, read and checked as the build reads and checks them: every file is
// valid, every reference resolves, and the course has the quizzes it promises.
import { describe, expect, it } from 'vitest';
import {
  anchorsByLesson,
  contentProblems,
  lessonSources,
  quizContent,
  readContent,
} from '../../src/lib/content/collections';
import { scoredItems } from '../../src/schemas/quiz';
import { projectRoot } from '../support/project';

const quizzes = readContent(quizContent, projectRoot).map(({ file, data }) => ({ file, quiz: data }));
const anchors = anchorsByLesson(lessonSources(projectRoot));

describe('quiz files', () => {
  it('are all valid by the schema', () => {
    expect(quizzes.length).toBeGreaterThan(0);
  });

  it("pass the build's checks: references resolve, one knowledge check per lesson at most", () => {
    expect(contentProblems(quizContent, projectRoot)).toEqual([]);
  });

  it('give every lesson exactly one knowledge check of 3 to 5 items', () => {
    for (const lesson of anchors.keys()) {
      const checks = quizzes.filter(({ quiz }) => quiz.kind === 'knowledge-check' && quiz.lesson === lesson);
      expect(checks, `knowledge checks for ${lesson}`).toHaveLength(1);
      const items = scoredItems(checks[0]?.quiz.items ?? []).length;
      expect(items).toBeGreaterThanOrEqual(3);
      expect(items).toBeLessThanOrEqual(5);
    }
  });

  it.each(['mechanism', 'causes', 'red-flags'])(
    'include a %s quiz of at least 8 items, 4 item types and a case study',
    (topic) => {
      const topical = quizzes.filter(({ quiz }) => quiz.kind === 'topic' && quiz.topic === topic);
      expect(topical).toHaveLength(1);
      const quiz = topical[0]?.quiz;
      const items = scoredItems(quiz?.items ?? []);
      expect(items.length).toBeGreaterThanOrEqual(8);
      expect(new Set(items.map((item) => item.type)).size).toBeGreaterThanOrEqual(4);
      expect(quiz?.items.some((entry) => entry.type === 'case-study')).toBe(true);
    },
  );

  it('include a post-test bank that holds two full forms, balanced by lesson, so a retake can share no item', () => {
    const postTests = quizzes.filter(({ quiz }) => quiz.kind === 'post-test');
    expect(postTests).toHaveLength(1);
    const quiz = postTests[0]?.quiz;
    const bank = scoredItems(quiz?.items ?? []);
    const draw = quiz?.kind === 'post-test' ? quiz.draw : 0;
    expect(draw).toBeGreaterThan(0);
    expect(bank.length).toBeGreaterThanOrEqual(2 * draw);
    for (const lesson of anchors.keys()) {
      // Two balanced sittings with no item in common need twice each lesson's share.
      expect(bank.filter((item) => item.ref.lesson === lesson).length, lesson).toBeGreaterThanOrEqual(
        2 * Math.ceil(draw / anchors.size),
      );
    }
  });

  it('never offer "all of the above" or "none of the above"', () => {
    for (const { file, quiz } of quizzes) {
      for (const item of scoredItems(quiz.items)) {
        const texts =
          item.type === 'single' || item.type === 'multiple' ? item.options.map((option) => option.text) : [];
        for (const text of texts)
          expect(text, `${file} item ${item.id}`).not.toMatch(/\b(all|none) of the above\b/i);
      }
    }
  });
});
