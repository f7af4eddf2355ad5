// A negative word the author bolds in a stem (**NOT**) reaches the learner in bold, not as asterisks.
import { render, screen, within } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz.svelte';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents } from '../../src/lib/progress/store';
import { MemoryStorage } from '../support/fake-storage';
import { items } from '../support/quiz-fixtures';
import { allViews } from '../support/quiz-views';

it('renders **NOT** in a stem as bold text inside the question’s legend', () => {
  const store = createProgressStore({
    storage: safeStorage(() => new MemoryStorage()),
    events: noStorageEvents,
    now: () => 1000,
  });
  const item = { ...items.single, stem: 'Which is **NOT** a feature of clonus?' };
  render(Quiz, {
    ...allViews,
    quizId: 'emphasis',
    entries: [item],
    attempts: 2,
    reviews: { [item.id]: { href: '/lessons/x/', label: 'Section' } },
    seed: 1,
    progressHref: '/progress/',
    store,
  });
  const question = screen.getByRole('group', { name: 'Question 1 of 1' });
  const legend = within(question).getByText(/Which is/, { selector: 'legend' });
  expect(legend.textContent.replace(/\s+/g, ' ').trim()).toBe('Which is NOT a feature of clonus?');
  expect(legend.querySelector('strong')?.textContent).toBe('NOT');
});
