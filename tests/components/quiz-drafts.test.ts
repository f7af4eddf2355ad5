// Unfinished sittings: every answer is saved as it happens, and a quiz opened again (a reload, a
// closed tab) offers the answers back. Each "page" is a new store over the same browser.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz.svelte';
import { safeStorage, type StorageLike } from '../../src/lib/progress/safe-storage';
import { createProgressStore, draftsKey, noStorageEvents } from '../../src/lib/progress/store';
import { quizDrafts } from '../../src/lib/quiz/drafts-store';
import type { QuizEntry } from '../../src/schemas/quiz-items';
import { blockedStorage, MemoryStorage } from '../support/fake-storage';
import { items } from '../support/quiz-fixtures';
import { allViews } from '../support/quiz-views';

let browser: MemoryStorage;
beforeEach(() => {
  browser = new MemoryStorage();
});

/** Opens the quiz on a new page of the same browser. */
function openPage(
  entries: QuizEntry[] = [items.single, items.multiple],
  storage: () => StorageLike = () => browser,
) {
  cleanup();
  const store = createProgressStore({
    storage: safeStorage(storage),
    events: noStorageEvents,
    now: () => 5000,
  });
  render(Quiz, {
    ...allViews,
    quizId: 'test-quiz',
    entries,
    attempts: 2,
    reviews: {},
    seed: 3,
    progressHref: '/progress/',
    store,
  });
  return { store, user: userEvent.setup() };
}
const question = (name: string) => screen.getByRole('group', { name });

describe('unfinished quiz sittings', () => {
  it('are offered back after a reload, with answers, tries and feedback as they were', async () => {
    const { user } = openPage();
    await user.click(within(question('Question 1 of 2')).getByRole('radio', { name: 'Option b' }));
    await user.click(within(question('Question 1 of 2')).getByRole('button', { name: 'Check answer' }));
    await user.click(within(question('Question 2 of 2')).getByRole('checkbox', { name: 'Option a' }));
    expect(browser.getItem(draftsKey)).toContain('test-quiz');

    const next = openPage();
    const offer = screen.getByRole('group', { name: 'You have an unfinished quiz' });
    expect(offer.textContent).toMatch(/2 of 2\s+questions answered/);
    // The questions wait for the choice.
    const sitting = screen.getByRole('radio', { name: 'Option a' }).closest<HTMLElement>('.quiz-sitting');
    expect(sitting?.inert).toBe(true);
    await next.user.click(within(offer).getByRole('button', { name: 'Resume where you left off' }));

    expect(screen.queryByRole('group', { name: 'You have an unfinished quiz' })).toBeNull();
    expect(sitting?.inert).toBe(false);
    const first = question('Question 1 of 2');
    expect(within(first).getByText('Incorrect: 0 of 1 point. You have 1 more try.')).toBeTruthy();
    expect(within(question('Question 2 of 2')).getByRole('checkbox', { name: 'Option a' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Your answers are back: 2 of 2 answered/);
  });

  it('are dropped when the learner starts over, and when the sitting is finished', async () => {
    const { user } = openPage([items.single]);
    await user.click(within(question('Question 1 of 1')).getByRole('radio', { name: 'Option b' }));
    const again = openPage([items.single]);
    await again.user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(quizDrafts(again.store).drafts.get()).toEqual({});
    expect(within(question('Question 1 of 1')).getByRole('radio', { name: 'Option b' })).toHaveProperty(
      'checked',
      false,
    );

    await again.user.click(within(question('Question 1 of 1')).getByRole('radio', { name: 'Option a' }));
    expect(Object.keys(quizDrafts(again.store).drafts.get())).toEqual(['test-quiz']);
    await again.user.click(within(question('Question 1 of 1')).getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
    expect(quizDrafts(again.store).drafts.get()).toEqual({});
    openPage([items.single]);
    expect(screen.queryByRole('group', { name: 'You have an unfinished quiz' })).toBeNull();
  });

  it('are not offered for a quiz whose questions changed since', async () => {
    const { user } = openPage([items.single]);
    await user.click(within(question('Question 1 of 1')).getByRole('radio', { name: 'Option b' }));
    openPage([items.multiple]);
    expect(screen.queryByRole('group', { name: 'You have an unfinished quiz' })).toBeNull();
  });

  it('ask the browser to confirm leaving while answers could not be saved', async () => {
    const { user } = openPage([items.single], blockedStorage);
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leaving()).toBe(false);
    await user.click(within(question('Question 1 of 1')).getByRole('radio', { name: 'Option b' }));
    expect(leaving()).toBe(true);
  });
});
