// The quiz island, one item type at a time, driven by role and label as a learner would.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz.svelte';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import {
  createProgressStore,
  noStorageEvents,
  progressKey,
  type ProgressStore,
} from '../../src/lib/progress/store';
import type { QuizEntry } from '../../src/schemas/quiz-items';
import { blockedStorage, MemoryStorage } from '../support/fake-storage';
import { items, parsedCase } from '../support/quiz-fixtures';
import { allViews } from '../support/quiz-views';

// Each test's learner: a fresh store over a browser of its own.
let browser: MemoryStorage;
let store: ProgressStore;
beforeEach(() => {
  browser = new MemoryStorage();
  store = createProgressStore({
    storage: safeStorage(() => browser),
    events: noStorageEvents,
    now: () => 1000,
  });
});

function renderQuiz(entries: QuizEntry[], attempts = 2) {
  const reviews = Object.fromEntries(
    entries
      .flatMap((entry) => (entry.type === 'case-study' ? entry.items : [entry]))
      .map((item) => [item.id, { href: `/lessons/x/#${item.id}`, label: `Section ${item.id}` }]),
  );
  render(Quiz, {
    ...allViews,
    quizId: 'test-quiz',
    entries,
    attempts,
    reviews,
    seed: 1,
    progressHref: '/progress/',
    store,
  });
  return userEvent.setup();
}

const question = (name: string) => screen.getByRole('group', { name });

describe('quiz island', () => {
  it('single answer: a wrong pick explains itself, a retry reorders, a right pick scores', async () => {
    const user = renderQuiz([items.single]);
    const item = question('Question 1 of 1');
    await user.click(within(item).getByRole('radio', { name: 'Option b' }));
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByRole('heading', { name: /Incorrect/ })).toBeTruthy();
    expect(within(item).getByText('Why b.')).toBeTruthy();
    expect(within(item).queryByText('Why a.')).toBeNull();
    expect(within(item).getByRole('radio', { name: 'Option b' })).toHaveProperty('disabled', true);

    await user.click(within(item).getByRole('button', { name: 'Try again' }));
    expect(within(item).getByRole('radio', { name: 'Option b' })).toHaveProperty('checked', false);
    await user.click(within(item).getByRole('radio', { name: 'Option a' }));
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByText('Correct: 1 of 1 point.')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Review: Section s1' }).getAttribute('href')).toBe(
      '/lessons/x/#s1',
    );
  });

  it('select all that apply: scores +/- and says partly correct in words', async () => {
    const user = renderQuiz([items.multiple]);
    const item = question('Question 1 of 1');
    for (const name of ['Option a', 'Option b', 'Option d'])
      await user.click(within(item).getByRole('checkbox', { name }));
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByText('Partly correct: 1 of 3 points. You have 1 more try.')).toBeTruthy();
    expect(within(item).getAllByText('✓ Correct choice')).toHaveLength(2);
    expect(within(item).getByText('✗ Incorrect choice')).toBeTruthy();
  });

  it('matrix: one radio per row, each named by its row and column', async () => {
    const user = renderQuiz([items.matrix], 1);
    const item = question('Question 1 of 1');
    await user.click(within(item).getByRole('radio', { name: 'Drug reaction Temporary' }));
    await user.click(within(item).getByRole('radio', { name: 'Degenerative disease Temporary' }));
    await user.click(within(item).getByRole('radio', { name: 'Extreme fatigue Temporary' }));
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(
      within(item).getByText('Partly correct: 2 of 3 points. The correct answer is now shown.'),
    ).toBeTruthy();
    expect(within(item).getByText('Answer: Chronic')).toBeTruthy();
  });

  it('ordering: steps move with buttons, no dragging, and the move is announced', async () => {
    const user = renderQuiz([items.ordering], 1);
    const item = question('Question 1 of 1');
    const steps = () =>
      within(item)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.step-text')?.textContent);
    // Sort into the right order using only the move buttons.
    for (let pass = 0; pass < 4; pass += 1) {
      for (const [index, text] of steps().entries()) {
        const want = ['Step one', 'Step two', 'Step three', 'Step four'].indexOf(text ?? '');
        if (want < index)
          await user.click(within(item).getByRole('button', { name: `Move up: ${text ?? ''}` }));
      }
    }
    expect(steps()).toEqual(['Step one', 'Step two', 'Step three', 'Step four']);
    expect(screen.getByRole('status').textContent).toMatch(/moved to position \d of 4/);
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByText('Correct: 3 of 3 points.')).toBeTruthy();
  });

  it('highlight: phrases are checkboxes in the text; a distractor costs a point', async () => {
    const user = renderQuiz([items.highlight], 1);
    const item = question('Question 1 of 1');
    await user.click(within(item).getByRole('checkbox', { name: 'rhythmic jerking' }));
    await user.click(within(item).getByRole('checkbox', { name: 'breakfast at eight' }));
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(within(item).getByText('Incorrect: 0 of 2 points. The correct answer is now shown.')).toBeTruthy();
    expect(within(item).getByText(/Not a finding\./)).toBeTruthy();
  });

  it('case study: the vignette heads its questions, and a finished quiz is saved to progress', async () => {
    const user = renderQuiz([parsedCase], 1);
    expect(screen.getByRole('heading', { name: 'Case study: A case' })).toBeTruthy();
    expect(screen.getByText('A person…')).toBeTruthy();
    const first = question('Question 1 of 2');
    await user.click(within(first).getByRole('radio', { name: 'Option a' }));
    await user.click(within(first).getByRole('button', { name: 'Check answer' }));
    const second = question('Question 2 of 2');
    for (const row of ['Drug reaction', 'Degenerative disease', 'Extreme fatigue']) {
      await user.click(within(second).getByRole('radio', { name: `${row} Temporary` }));
    }
    await user.click(within(second).getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
    expect(
      screen.getByText(
        '3 of 4 points (75%). The pass mark is 80%: review the sections linked above and try again.',
      ),
    ).toBeTruthy();
    expect(browser.getItem(progressKey)).toContain('"test-quiz":[[');
    expect(store.progress.get().quizzes['test-quiz']).toHaveLength(1);
    expect(screen.getByText('Best 75% · last 75% · 1 attempt')).toBeTruthy();
    expect(screen.queryByText('No attempt yet')).toBeNull();
    expect(screen.getByText(/^Saved to/).textContent).toBe('Saved to My progress.');

    await user.click(screen.getByRole('button', { name: 'Retake this quiz' }));
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
    expect(within(question('Question 1 of 2')).getByRole('button', { name: 'Check answer' })).toBeTruthy();
  });

  it('never says a finished quiz was saved when the browser kept nothing, and says why', async () => {
    store = createProgressStore({
      storage: safeStorage(blockedStorage),
      events: noStorageEvents,
      now: () => 1,
    });
    const user = renderQuiz([items.single], 1);
    expect(screen.getByText('About your progress')).toBeTruthy();
    const item = question('Question 1 of 1');
    await user.click(within(item).getByRole('radio', { name: 'Option a' }));
    await user.click(within(item).getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
    expect(screen.queryByText(/Saved to/)).toBeNull();
    expect(
      screen.getByText(/The note about your progress above says what became of this result/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Quiz complete: .* Not saved for good: the note about your progress says why/),
    ).toBeTruthy();
  });

  it('drawn in the browser: one question more each time the browser is free', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const entries = [items.single, items.multiple, items.matrix];
      render(Quiz, {
        ...allViews,
        quizId: 'drawn',
        entries,
        reviews: {},
        seed: 1,
        progressHref: '/progress/',
        slice: 1,
        store,
      });
      await tick();
      const shown = () => screen.queryAllByRole('group', { name: /^Question \d of 3$/ }).length;
      expect(shown()).toBe(0);
      // The record line holds its place from the start, so questions never move down for it.
      expect(screen.getByText('No attempt yet')).toBeTruthy();
      vi.runOnlyPendingTimers();
      await tick();
      expect(shown()).toBe(1);
      vi.runOnlyPendingTimers();
      await tick();
      expect(shown()).toBe(2);
      await vi.runAllTimersAsync();
      await tick();
      expect(shown()).toBe(3);
      expect(question('Question 3 of 3')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
