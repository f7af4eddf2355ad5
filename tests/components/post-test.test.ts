// The post-test as an exam: nothing graded before the whole sitting is submitted; a navigator
// with each question's state in words; flags; a review with counts and a confirmation; results,
// then every question with its key; resume after a reload; retakes drawn away from the last
// sitting, within the course's policy. Each "page" is a new store over the same browser.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import PostTest from '../../src/components/quiz/PostTest.svelte';
import type { RetakePolicy } from '../../src/lib/quiz/retakes';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { createProgressStore, draftsKey, noStorageEvents } from '../../src/lib/progress/store';
import type { ScoredItem } from '../../src/schemas/quiz-items';
import { MemoryStorage } from '../support/fake-storage';
import { items } from '../support/quiz-fixtures';

// Six single-answer items over three lessons; option a is the key of each.
const bank: ScoredItem[] = ['one', 'two', 'three'].flatMap((lesson, index) =>
  [1, 2].map((n) => ({
    ...items.single,
    id: `${lesson}-${String(n)}`,
    stem: `Stem ${lesson} ${String(n)}?`,
    ref: { lesson, section: 's' },
    ...(index === 0 ? { judgement: 'take-action' as const } : {}),
  })),
);
const lessons = ['one', 'two', 'three'].map((id) => ({ id, title: `Lesson ${id}`, href: `/lessons/${id}/` }));

let browser: MemoryStorage;
beforeEach(() => {
  browser = new MemoryStorage();
});

function openPage(retakes: RetakePolicy = 'unlimited') {
  cleanup();
  const store = createProgressStore({
    storage: safeStorage(() => browser),
    events: noStorageEvents,
    now: () => 5000,
  });
  render(PostTest, {
    quizId: 'post-test',
    bank,
    draw: 3,
    passMark: 0.8,
    retakes,
    reviews: {},
    lessons,
    progressHref: '/progress/',
    store,
  });
  return { store, user: userEvent.setup() };
}

const question = (number: number) => screen.getByRole('group', { name: `Question ${String(number)} of 3` });
const navigator = () => screen.getByRole('navigation', { name: 'Questions' });
const navMarks = () =>
  within(navigator())
    .getAllByRole('button')
    .map((button) => button.querySelector('[aria-hidden="true"]')?.textContent.replace(/\s+/g, ' ').trim());
const navNames = () =>
  within(navigator())
    .getAllByRole('button')
    .map((button) => button.querySelector('.visually-hidden')?.textContent);
const shownStem = () =>
  screen.getByRole('group', { name: /^Question \d of 3$/ }).querySelector('legend')?.textContent;
const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;
const disabled = (element: HTMLElement) => (element as HTMLButtonElement | HTMLInputElement).disabled;
const graded = /Correct|Incorrect|Why [abc]\.|points|Passed|pass mark is/;

describe('the post-test as an exam', () => {
  it('shows one question at a time with no check, and nothing graded before submitting', async () => {
    const { user } = openPage();
    expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
    await user.click(within(question(1)).getByRole('radio', { name: 'Option b' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(within(question(2)).getByRole('radio', { name: 'Option a' }));
    await user.click(screen.getByRole('button', { name: 'Previous question' }));
    // The answer is kept, and can still be changed.
    expect(checked(within(question(1)).getByRole('radio', { name: 'Option b' }))).toBe(true);
    expect(disabled(within(question(1)).getByRole('radio', { name: 'Option b' }))).toBe(false);
    expect(document.body.textContent).not.toMatch(graded);
    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    expect(document.body.textContent).not.toMatch(graded);
    await user.click(screen.getByRole('button', { name: 'Submit post-test' }));
    expect(document.body.textContent).not.toMatch(graded);
  });

  it('names each question’s state in the navigator, flags included, and marks the current one', async () => {
    const { user } = openPage();
    expect(navNames()).toEqual([
      'Question 1, unanswered',
      'Question 2, unanswered',
      'Question 3, unanswered',
    ]);
    await user.click(within(question(1)).getByRole('radio', { name: 'Option a' }));
    await user.click(within(navigator()).getByRole('button', { name: 'Question 2, unanswered' }));
    const flag = screen.getByRole('button', { name: 'Flag for review' });
    expect(flag.getAttribute('aria-pressed')).toBe('false');
    await user.click(flag);
    expect(flag.getAttribute('aria-pressed')).toBe('true');
    expect(navNames()).toEqual([
      'Question 1, answered',
      'Question 2, unanswered, flagged for review',
      'Question 3, unanswered',
    ]);
    // Marks, not colour: ● answered, ○ unanswered, ⚑ flagged.
    expect(navMarks()).toEqual(['1 ●', '2 ○ ⚑', '3 ○']);
    const current = within(navigator()).getByRole('button', { current: 'step' });
    expect(current.textContent).toContain('Question 2');
    await user.click(flag);
    expect(navNames()[1]).toBe('Question 2, unanswered');
  });

  it('reviews the counts with links to the unanswered and flagged questions, then asks before submitting', async () => {
    const { user, store } = openPage();
    await user.click(within(question(1)).getByRole('radio', { name: 'Option a' }));
    await user.click(screen.getByRole('button', { name: 'Flag for review' }));
    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Review your answers' }));
    expect(screen.getByText('1 answered, 2 unanswered, 1 flagged for review.')).toBeTruthy();
    const unanswered = screen.getByRole('list', { name: 'Unanswered questions' });
    expect(
      within(unanswered)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Go to question 2', 'Go to question 3']);
    const flagged = screen.getByRole('list', { name: 'Questions flagged for review' });
    await user.click(within(flagged).getByRole('button', { name: 'Go to question 1' }));
    expect(question(1)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit post-test' }));
    const confirm = screen.getByRole('group', { name: 'Submit your post-test now?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    expect(confirm.textContent).toContain('2 questions have no answer and will score 0.');
    await user.click(within(confirm).getByRole('button', { name: 'No, keep working' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Submit post-test' }));
    expect(store.progress.get().quizzes['post-test']).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Submit post-test' }));
    await user.click(screen.getByRole('button', { name: 'Yes, submit my answers' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your result' }));
    expect(screen.getByText(/✓ Passed|✗ Not passed/).textContent).toBe('✗ Not passed');
    expect(document.body.textContent).toContain('1 of 3 points (33%); the pass mark is 80%.');
    // Recorded once, counted as a sitting with its items; the draft is gone.
    expect(store.progress.get().quizzes['post-test']).toHaveLength(1);
    expect(store.progress.get().sittings?.['post-test']?.count).toBe(1);
    expect(browser.getItem(draftsKey) ?? '').not.toContain('post-test');
  });

  it('gives results by lesson and by judgement step, then each question with its key and rationales', async () => {
    const { user } = openPage();
    for (const number of [1, 2, 3]) {
      await user.click(within(question(number)).getByRole('radio', { name: 'Option a' }));
      if (number < 3) await user.click(screen.getByRole('button', { name: 'Next question' }));
    }
    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit post-test' }));
    await user.click(screen.getByRole('button', { name: 'Yes, submit my answers' }));
    expect(screen.getByText('✓ Passed')).toBeTruthy();
    const byLesson = screen.getByRole('table', { name: 'This sitting, by lesson' });
    expect(within(byLesson).getAllByRole('row')).toHaveLength(4);
    const bySteps = screen.getByRole('table', { name: /by the step of clinical judgement/ });
    const steps = within(bySteps)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(steps).toEqual(['Take action', 'Not tagged']);
    const reviewed = screen.getAllByRole('group', { name: /^Question \d of 3$/ });
    expect(reviewed).toHaveLength(3);
    for (const item of reviewed) {
      expect(checked(within(item).getByRole('radio', { name: 'Option a' }))).toBe(true);
      expect(disabled(within(item).getByRole('radio', { name: 'Option a' }))).toBe(true);
      expect(item.textContent).toContain('Why a.');
      expect(item.textContent).toContain('Why b.');
      expect(within(item).getByRole('link', { name: /^Review:/ })).toBeTruthy();
    }
  });

  it('is offered back after a reload with its answers, flags and place', async () => {
    const { user } = openPage();
    const stems = [shownStem()];
    await user.click(within(question(1)).getByRole('radio', { name: 'Option b' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    stems.push(shownStem());
    await user.click(screen.getByRole('button', { name: 'Flag for review' }));

    const next = openPage();
    const offer = screen.getByRole('group', { name: 'You have an unfinished post-test' });
    expect(offer.textContent).toMatch(/1 of 3\s+questions answered, 1 flagged for review\./);
    await next.user.click(within(offer).getByRole('button', { name: 'Resume your post-test' }));
    expect(shownStem()).toBe(stems[1]);
    expect(screen.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed')).toBe('true');
    expect(navNames().slice(0, 2)).toEqual([
      'Question 1, answered',
      'Question 2, unanswered, flagged for review',
    ]);
    await next.user.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(shownStem()).toBe(stems[0]);
    expect(checked(within(question(1)).getByRole('radio', { name: 'Option b' }))).toBe(true);
  });

  it('draws a retake that shares no question with the sitting before', async () => {
    const { user, store } = openPage();
    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit post-test' }));
    await user.click(screen.getByRole('button', { name: 'Yes, submit my answers' }));
    const first = store.progress.get().sittings?.['post-test']?.itemIds ?? [];
    expect(first).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Start a new sitting' }));
    const stems: (string | undefined)[] = [];
    for (const number of [1, 2, 3]) {
      await user.click(
        within(navigator()).getByRole('button', { name: new RegExp(`^Question ${String(number)},`) }),
      );
      stems.push(shownStem());
    }
    const firstStems = bank.filter((item) => first.includes(item.id)).map((item) => item.stem);
    expect(stems.filter((stem) => firstStems.includes(stem ?? ''))).toEqual([]);
  });

  it('enforces the retake policy, on this page and on the next', async () => {
    const { user } = openPage(0);
    expect(screen.getByText(/^Sitting 1 of 1\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit post-test' }));
    await user.click(screen.getByRole('button', { name: 'Yes, submit my answers' }));
    expect(screen.getByText('You have used your one sitting: there is no retake.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start a new sitting' })).toBeNull();

    openPage(0);
    expect(screen.getByText(/You have used your one sitting/)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Questions' })).toBeNull();
    expect(screen.queryByRole('group', { name: /^Question/ })).toBeNull();
  });
});
