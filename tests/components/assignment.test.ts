// The learner's assignment panel over a store of its own: the panel keeps nothing itself, so
// what it shows, saves and removes is what the store holds. Both renderings of it pass the same
// tests: the Svelte one of My progress, and the home page's server markup filled in by a plain
// module. And the instructor's builder, which refuses what the panel would refuse.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AssignmentBuilder from '../../src/components/assignment/AssignmentBuilder.svelte';
import AssignmentPanel from '../../src/components/assignment/AssignmentPanel.svelte';
import { mountAssignmentPanel } from '../../src/components/assignment/assignment-panel';
import { encodeAssignment } from '../../src/lib/assignment/link';
import { assignmentKey, openAssignment } from '../../src/lib/assignment/saved';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents, type ProgressStore } from '../../src/lib/progress/store';
import { blockedStorage, MemoryStorage, ReadOnlyStorage } from '../support/fake-storage';

const lessons = [
  { id: 'what-is-clonus', title: 'What clonus is', href: '/lessons/what-is-clonus/' },
  { id: 'disease-causes', title: 'Disease causes', href: '/lessons/disease-causes/' },
];
const quizzes = [{ id: 'topic-causes', title: 'Causes quiz', href: '/quizzes/topic-causes/' }];
const rule = { reachEnd: true, submitKnowledgeCheck: true };
const link = encodeAssignment({
  classLabel: 'NUR 210',
  due: '2026-12-01',
  lessonIds: ['what-is-clonus'],
  quizIds: ['topic-causes'],
});
const otherLink = encodeAssignment({
  classLabel: 'NUR 211',
  due: '2027-01-15',
  lessonIds: ['disease-causes'],
  quizIds: [],
});

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
afterEach(() => {
  history.replaceState(null, '', '/');
});

/**
 * The markup AssignmentPanel.astro renders for these lessons and quizzes (the module is tested
 * over it here; the built home page is checked by tests/e2e/assignment.spec.ts).
 */
function serverMarkup(): HTMLElement {
  const root = document.createElement('div');
  root.dataset.rule = JSON.stringify(rule);
  const item = (attribute: string, part: { id: string; title: string; href: string }) =>
    `<li ${attribute}="${part.id}" hidden><a href="${part.href}">${part.title}</a>: <span class="status"></span></li>`;
  root.innerHTML = `<section class="assignment" aria-labelledby="assignment-heading" hidden>
    <h2 id="assignment-heading" tabindex="-1">Your assignment</h2>
    <p data-assignment-label></p>
    <p>Due <strong data-assignment-due></strong>.</p>
    <ul>${lessons.map((lesson) => item('data-lesson', lesson)).join('')}${quizzes.map((quiz) => item('data-quiz', quiz)).join('')}</ul>
    <p data-assignment-remove><button type="button">Remove this assignment</button></p>
  </section>`;
  return root;
}

const renderings: [string, (store: ProgressStore) => { unmount: () => void }][] = [
  ['Svelte, on My progress', (store) => render(AssignmentPanel, { lessons, rule, quizzes, store })],
  [
    'server markup and module, on the home page',
    (store) => {
      const root = document.body.appendChild(serverMarkup());
      const stop = mountAssignmentPanel(root, { store });
      return {
        unmount: () => {
          stop();
          root.remove();
        },
      };
    },
  ],
];

describe.each(renderings)('assignment panel (%s)', (_name, renderPanel) => {
  let mounted: { unmount: () => void } | undefined;
  const show = (on: ProgressStore) => {
    mounted = renderPanel(on);
    return mounted;
  };
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
  });

  it('saves the assignment a link brings through the store, and takes the link out of the address', () => {
    history.replaceState(null, '', `/#assignment=${link}`);
    show(store);
    expect(screen.getByRole('heading', { name: 'Your assignment' })).toBeTruthy();
    expect(screen.getByText('Assignment from your instructor, labelled “NUR 210”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'What clonus is' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Disease causes' })).toBeNull();
    expect(browser.getItem(assignmentKey)).toBe(link);
    expect(location.hash).toBe('');
  });

  it('shows the saved assignment, and removing it removes it from the store', async () => {
    store.saveAssignment(link);
    show(store);
    await userEvent.click(screen.getByRole('button', { name: 'Remove this assignment' }));
    expect(screen.queryByRole('heading', { name: /Your assignment/ })).toBeNull();
    expect(browser.getItem(assignmentKey)).toBeNull();
    expect(store.assignment.get()).toBeNull();
  });

  it('refuses a damaged link with a reason and keeps the saved assignment', () => {
    store.saveAssignment(link);
    history.replaceState(null, '', `/#assignment=${link.slice(4)}`);
    show(store);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be used/);
    expect(screen.getByText(/labelled “NUR 210”/)).toBeTruthy();
    expect(browser.getItem(assignmentKey)).toBe(link);
  });

  it('with storage blocked, says the assignment was not kept and leaves the link in the address', () => {
    const blocked = createProgressStore({
      storage: safeStorage(blockedStorage),
      events: noStorageEvents,
      now: () => 1000,
    });
    history.replaceState(null, '', `/#assignment=${link}`);
    show(blocked);
    expect(screen.getByText(/labelled “NUR 210”/)).toBeTruthy();
    expect(blocked.notices.get()).toEqual(['blocked']);
    expect(screen.getByRole('status').textContent).toMatch(/would not save the assignment/);
    expect(location.hash).toBe(`#assignment=${link}`);
  });

  it('shows a label that reads like a message as the instructor’s quoted words, and refuses one with an address', () => {
    const withLabel = (classLabel: string) =>
      encodeAssignment({ classLabel, due: '2026-12-01', lessonIds: ['what-is-clonus'], quizIds: [] });
    history.replaceState(null, '', `/#assignment=${withLabel('URGENT: your LMS password expires today')}`);
    show(store);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your assignment');
    expect(
      screen.getByText(
        'Assignment from your instructor, labelled “URGENT: your LMS password expires today”.',
      ),
    ).toBeTruthy();
    mounted?.unmount();
    store.removeAssignment();

    const phishing = withLabel('URGENT: re-enter your LMS password at lms-login.example.com');
    history.replaceState(null, '', `/#assignment=${phishing}`);
    show(store);
    expect(screen.getByRole('alert').textContent).toMatch(/web address/);
    expect(screen.queryByText(/lms-login/)).toBeNull();
    expect(store.assignment.get()).toBeNull();
  });

  it('asks before a second link replaces the saved assignment, and keeps the saved one until told', async () => {
    store.saveAssignment(link);
    history.replaceState(null, '', `/#assignment=${otherLink}`);
    show(store);
    const question = screen.getByRole('group', { name: /^Replace your saved assignment “NUR 210”/ });
    // Announced as it appears, and naming both assignments.
    expect(screen.getByRole('alert').textContent).toMatch(
      /“NUR 210” \(1 lesson and 1 quiz, due .+\) with “NUR 211” \(1 lesson, due .+\)\?$/,
    );
    expect(question).toBeTruthy();
    expect(browser.getItem(assignmentKey)).toBe(link);
    expect(location.hash).toBe(`#assignment=${otherLink}`);
    expect(screen.queryByRole('button', { name: 'Remove this assignment' })).toBeNull();

    // By keyboard: Tab to Replace, Enter.
    const replace = screen.getByRole('button', { name: 'Replace' });
    replace.focus();
    await userEvent.keyboard('{Enter}');
    expect(browser.getItem(assignmentKey)).toBe(otherLink);
    expect(screen.getByText(/labelled “NUR 211”/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Replace your saved assignment/ })).toBeNull();
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your assignment' }));
  });

  it('keeps the saved assignment when the learner says Keep, and drops the offered link', async () => {
    store.saveAssignment(link);
    history.replaceState(null, '', `/#assignment=${otherLink}`);
    show(store);
    await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(browser.getItem(assignmentKey)).toBe(link);
    expect(screen.getByText(/labelled “NUR 210”/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Replace your saved assignment/ })).toBeNull();
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your assignment' }));
  });

  it('asks nothing when the link is the assignment already saved', () => {
    store.saveAssignment(link);
    history.replaceState(null, '', `/#assignment=${link}`);
    show(store);
    expect(screen.queryByRole('group', { name: /Replace your saved assignment/ })).toBeNull();
    expect(location.hash).toBe('');
  });

  it('when storage will not take the replacement, says so and leaves the new link in the address', async () => {
    const readOnly = new ReadOnlyStorage();
    readOnly.items.set(assignmentKey, link);
    const stuck = createProgressStore({
      storage: safeStorage(() => readOnly),
      events: noStorageEvents,
      now: () => 1000,
    });
    history.replaceState(null, '', `/#assignment=${otherLink}`);
    show(stuck);
    await userEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect(screen.getByText(/labelled “NUR 211”/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/would not save the assignment/);
    expect(readOnly.getItem(assignmentKey)).toBe(link);
    expect(location.hash).toBe(`#assignment=${otherLink}`);
  });
});

describe('assignment builder', () => {
  const parts = { lessons, quizzes, homeHref: '/' };

  async function fill(label: string, due: string) {
    await userEvent.click(screen.getByRole('checkbox', { name: 'What clonus is' }));
    await userEvent.type(screen.getByLabelText('Class label'), label);
    // A date field takes its value whole; typing into it differs from browser to browser.
    await fireEvent.input(screen.getByLabelText('Due date'), { target: { value: due } });
  }

  it('makes a link the learner’s side accepts', async () => {
    render(AssignmentBuilder, parts);
    await fill('NUR 210 week 3', '2026-12-01');
    await userEvent.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Link created. Copy it and share it with your class.',
    );
    const made = new URL(screen.getByLabelText<HTMLInputElement>('Link to share').value);
    expect(
      openAssignment(null, made.hash, { lessonIds: ['what-is-clonus'], quizIds: [] }).toSave,
    ).toBeDefined();
  });

  it('refuses a label with a web address before making a link, and says why', async () => {
    render(AssignmentBuilder, parts);
    await fill('URGENT: re-enter your LMS password at lms-login.example.com', '2026-12-01');
    await userEvent.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getByRole('status').textContent).toMatch(
      /^No link yet\. The class label contains what looks like a web address/,
    );
    expect(screen.getByLabelText('Class label').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText('Link to share')).toBeNull();
  });

  it('refuses a due date outside 2020–2099 before making a link', async () => {
    render(AssignmentBuilder, parts);
    const due = screen.getByLabelText('Due date');
    expect([due.getAttribute('min'), due.getAttribute('max')]).toEqual(['2020-01-01', '2099-12-31']);
    await fill('NUR 210', '2106-02-07');
    // Past the browser's own range check (min and max), as a script or an old browser would be.
    const form = screen.getByRole('button', { name: 'Create link' }).closest('form');
    if (!form) throw new Error('The builder has no form');
    await fireEvent.submit(form);
    expect(screen.getByRole('status').textContent).toMatch(
      /due date must be between 2020-01-01 and 2099-12-31/,
    );
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText('Link to share')).toBeNull();
  });
});
