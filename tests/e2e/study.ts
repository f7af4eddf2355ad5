// Studying a lesson as the course's completion rule asks (src/course.ts, lessonCompletion): its
// knowledge check submitted, every question with a final answer, and its end reached. By role and
// label, on a page or inside a frame (the LMS tests). The answers come from the check's own key, so
// a rewritten check needs no change here; an item the key cannot answer (an ordering) is checked
// until it has no try left, which is a final answer too.
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { quizContent, readContent } from '../../src/lib/content/collections';
import { scoredItems } from '../../src/lib/quiz/entries';
import type { ScoredItem } from '../../src/schemas/quiz-items';
import { projectRoot } from '../support/project';
import { pickKey } from './answer-key';

export type Scope = Page | FrameLocator;

const checks = readContent(quizContent, projectRoot).flatMap(({ data }) =>
  data.kind === 'knowledge-check' ? [{ lesson: data.lesson, items: scoredItems(data.items) }] : [],
);

/** The items of the knowledge check that closes a lesson. */
export function knowledgeCheckItems(lessonId: string): ScoredItem[] {
  const check = checks.find((candidate) => candidate.lesson === lessonId);
  if (!check) throw new Error(`No knowledge check closes the lesson "${lessonId}".`);
  return check.items;
}

/** Gives every question of the lesson's knowledge check a final answer, which submits it. */
export async function submitKnowledgeCheck(page: Scope, lessonId: string): Promise<void> {
  const items = knowledgeCheckItems(lessonId);
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  // The check hydrates when it comes on screen; until then its buttons are inert.
  await expect(check.getByRole('button', { name: 'Check answer' }).first()).toBeEnabled();
  for (const [index, item] of items.entries()) {
    const question = check.getByRole('group', {
      name: `Question ${String(index + 1)} of ${String(items.length)}`,
    });
    await expect(question.getByRole('group', { name: item.stem, exact: true })).toBeVisible();
    await pickKey(question, item);
    const checkAnswer = question.getByRole('button', { name: 'Check answer' });
    const tryAgain = question.getByRole('button', { name: 'Try again' });
    await checkAnswer.click();
    await expect(checkAnswer).toHaveCount(0);
    while ((await tryAgain.count()) > 0) {
      await tryAgain.click();
      await checkAnswer.click();
      await expect(checkAnswer).toHaveCount(0);
    }
  }
}

/** Reaches a lesson's end: its navigation comes on screen. */
export async function reachLessonEnd(page: Scope): Promise<void> {
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
}

/**
 * Studies the open lesson to completion: its knowledge check submitted, its end reached. Waits
 * until the page shows the lesson complete.
 */
export async function studyLesson(page: Scope, lessonId: string): Promise<void> {
  await submitKnowledgeCheck(page, lessonId);
  await reachLessonEnd(page);
  await expect(page.locator('.lesson-status-line')).toContainText('Complete');
}
