// The NGN item types of issue 15 (drop-down cloze, drop-down rationale, bow-tie) and the
// unfolding case study, driven by role and label as a learner would.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz.svelte';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents, type ProgressStore } from '../../src/lib/progress/store';
import { caseStudy, type QuizEntry } from '../../src/schemas/quiz-items';
import { MemoryStorage } from '../support/fake-storage';
import { items, rawCase, rawItems } from '../support/quiz-fixtures';
import { allViews } from '../support/quiz-views';

let store: ProgressStore;
beforeEach(() => {
  const browser = new MemoryStorage();
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
    quizId: 'ngn',
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
const check = (item: HTMLElement) => within(item).getByRole('button', { name: 'Check answer' });

describe('drop-down cloze', () => {
  it('labels each drop-down by its place and the words before it, and scores a point per drop-down', async () => {
    const user = renderQuiz([items.cloze]);
    const item = question('Question 1 of 1');
    const first = within(item).getByRole('combobox', { name: 'Drop-down 1 of 2, after: The ankle' });
    const second = within(item).getByRole('combobox', { name: 'Drop-down 2 of 2, after: after' });

    await user.click(check(item));
    expect(within(item).getByText('Choose an option in every drop-down before checking.')).toBeTruthy();

    await user.selectOptions(first, 'jerks in a rhythm');
    await user.selectOptions(second, 'a meal');
    await user.click(check(item));
    expect(within(item).getByText('Partly correct: 1 of 2 points. You have 1 more try.')).toBeTruthy();
    expect(within(item).getByText(/Drop-down 1:\s*✓ Correct/)).toBeTruthy();
    expect(within(item).getByText(/Drop-down 2:\s*✗ Incorrect/)).toBeTruthy();
    // The verdict is tied to its drop-down for a screen reader, and the answer is kept for the try.
    expect(first.getAttribute('aria-describedby')).toBe('ngn-c1-d1-why');
    expect(within(item).queryByText('Often a sudden stretch.')).toBeNull();

    await user.click(within(item).getByRole('button', { name: 'Try again' }));
    await user.selectOptions(within(item).getByRole('combobox', { name: /Drop-down 1/ }), 'jerks once');
    await user.selectOptions(within(item).getByRole('combobox', { name: /Drop-down 2/ }), 'a meal');
    await user.click(check(item));
    expect(within(item).getByText('Incorrect: 0 of 2 points. The correct answer is now shown.')).toBeTruthy();
    expect(within(item).getByText('Answer: “a sudden stretch”')).toBeTruthy();
    expect(within(item).getByText('Often a sudden stretch.')).toBeTruthy();
  });
});

describe('drop-down rationale', () => {
  it('scores 1 only when cause and evidence are both right, and says so', async () => {
    const user = renderQuiz([items.rationale], 1);
    const item = question('Question 1 of 1');
    await user.selectOptions(within(item).getByRole('combobox', { name: /Drop-down 1 of 2/ }), 'falls');
    await user.selectOptions(
      within(item).getByRole('combobox', { name: /Drop-down 2 of 2/ }),
      'a good appetite',
    );
    await user.click(check(item));
    expect(within(item).getByText('Incorrect: 0 of 1 point. The correct answer is now shown.')).toBeTruthy();
    expect(within(item).getByText(/Drop-down 1:\s*✓ Correct/)).toBeTruthy();
    expect(
      within(item).getByText('A cause-and-effect answer earns its point only when every drop-down is right.'),
    ).toBeTruthy();
  });

  it('scores 1 with both parts right', async () => {
    const user = renderQuiz([items.rationale]);
    const item = question('Question 1 of 1');
    await user.selectOptions(within(item).getByRole('combobox', { name: /Drop-down 1 of 2/ }), 'falls');
    await user.selectOptions(
      within(item).getByRole('combobox', { name: /Drop-down 2 of 2/ }),
      'trouble walking',
    );
    await user.click(check(item));
    expect(within(item).getByText('Correct: 1 of 1 point.')).toBeTruthy();
  });
});

describe('bow-tie', () => {
  it('takes one condition, 2 actions and 2 parameters, and refuses a third pick out loud', async () => {
    const user = renderQuiz([items.bowtie]);
    const item = question('Question 1 of 1');
    const part = (name: RegExp) => within(item).getByRole('group', { name });
    const condition = part(/^Condition most likely: choose 1/);
    const actions = part(/^Actions to take: choose 2/);
    const parameters = part(/^Parameters to monitor: choose 2/);

    await user.click(within(condition).getByRole('radio', { name: 'Option c-key' }));
    await user.click(within(actions).getByRole('checkbox', { name: 'Option a-one' }));
    await user.click(within(actions).getByRole('checkbox', { name: 'Option a-three' }));
    expect(within(actions).getByText('2 of 2 chosen')).toBeTruthy();
    await user.click(within(actions).getByRole('checkbox', { name: 'Option a-two' }));
    expect(within(actions).getByRole('checkbox', { name: 'Option a-two' })).toHaveProperty('checked', false);
    expect(screen.getByRole('status').textContent).toBe(
      'You have chosen 2 actions already: clear one to choose another.',
    );

    await user.click(within(parameters).getByRole('checkbox', { name: 'Option p-one' }));
    await user.click(check(item));
    expect(
      within(item).getByText('Choose the condition, 2 actions and 2 parameters before checking.'),
    ).toBeTruthy();

    await user.click(within(parameters).getByRole('checkbox', { name: 'Option p-two' }));
    await user.click(check(item));
    expect(within(item).getByText('Partly correct: 4 of 5 points. You have 1 more try.')).toBeTruthy();
    expect(within(actions).getByText('✗ Incorrect choice')).toBeTruthy();
    expect(within(item).getAllByText('✓ Correct choice')).toHaveLength(4);
  });

  it('scores 5 when every part is right', async () => {
    const user = renderQuiz([items.bowtie]);
    const item = question('Question 1 of 1');
    for (const name of ['Option c-key', 'Option a-one', 'Option a-two', 'Option p-one', 'Option p-two'])
      await user.click(within(item).getByRole(name === 'Option c-key' ? 'radio' : 'checkbox', { name }));
    await user.click(check(item));
    expect(within(item).getByText('Correct: 5 of 5 points.')).toBeTruthy();
  });
});

describe('unfolding case study', () => {
  const unfolding = caseStudy.parse({
    ...rawCase,
    items: [rawItems.single, rawItems.rationale],
    updates: { r1: 'Two days later, the client falls at home.' },
  });

  it('shows one question at a time and adds each update to the notes as the learner reaches it', async () => {
    const user = renderQuiz([unfolding], 1);
    const notes = screen.getByRole('region', { name: 'Case notes: A case' });
    const toggle = screen.getByRole('button', { name: 'Show case notes' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide case notes' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(within(notes).getByText('A person…')).toBeTruthy();
    expect(within(notes).queryByText(/Two days later/)).toBeNull();
    expect(screen.queryByRole('group', { name: 'Question 2 of 2' })).toBeNull();
    expect(
      screen.getByText('1 more question follows as the case unfolds: finish this one to go on.'),
    ).toBeTruthy();

    const first = question('Question 1 of 2');
    await user.click(within(first).getByRole('radio', { name: 'Option b' }));
    await user.click(check(first));

    expect(question('Question 2 of 2')).toBeTruthy();
    expect(within(notes).getByText('New before question 2')).toBeTruthy();
    expect(within(notes).getByText('Two days later, the client falls at home.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'The case has new information before question 2: Two days later, the client falls at home.',
    );
    expect(screen.getByRole('button', { name: 'Hide case notes (1 update)' })).toBeTruthy();
  });
});
