// The learner's assignment panel over a store of its own: the panel keeps nothing itself, so
// what it shows, saves and removes is what the store holds.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AssignmentPanel from '../../src/components/assignment/AssignmentPanel.svelte';
import { encodeAssignment } from '../../src/lib/assignment/link';
import { assignmentKey } from '../../src/lib/assignment/saved';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { createProgressStore, noStorageEvents, type ProgressStore } from '../../src/lib/progress/store';
import { blockedStorage, MemoryStorage } from '../support/fake-storage';

const lessons = [
  { id: 'what-is-clonus', title: 'What clonus is', href: '/lessons/what-is-clonus/' },
  { id: 'disease-causes', title: 'Disease causes', href: '/lessons/disease-causes/' },
];
const quizzes = [{ id: 'topic-causes', title: 'Causes quiz', href: '/quizzes/topic-causes/' }];
const link = encodeAssignment({
  classLabel: 'NUR 210',
  due: '2026-12-01',
  lessonIds: ['what-is-clonus'],
  quizIds: ['topic-causes'],
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

describe('assignment panel', () => {
  it('saves the assignment a link brings through the store, and takes the link out of the address', () => {
    history.replaceState(null, '', `/#assignment=${link}`);
    render(AssignmentPanel, { lessons, quizzes, store });
    expect(screen.getByRole('heading', { name: 'Your assignment: NUR 210' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'What clonus is' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Disease causes' })).toBeNull();
    expect(browser.getItem(assignmentKey)).toBe(link);
    expect(location.hash).toBe('');
  });

  it('shows the saved assignment, and removing it removes it from the store', async () => {
    store.saveAssignment(link);
    render(AssignmentPanel, { lessons, quizzes, store });
    await userEvent.click(screen.getByRole('button', { name: 'Remove this assignment' }));
    expect(screen.queryByRole('heading', { name: /Your assignment/ })).toBeNull();
    expect(browser.getItem(assignmentKey)).toBeNull();
    expect(store.assignment.get()).toBeNull();
  });

  it('refuses a damaged link with a reason and keeps the saved assignment', () => {
    store.saveAssignment(link);
    history.replaceState(null, '', `/#assignment=${link.slice(4)}`);
    render(AssignmentPanel, { lessons, quizzes, store });
    expect(screen.getByRole('alert').textContent).toMatch(/could not be used/);
    expect(screen.getByRole('heading', { name: 'Your assignment: NUR 210' })).toBeTruthy();
    expect(browser.getItem(assignmentKey)).toBe(link);
  });

  it('with storage blocked, says the assignment was not kept and leaves the link in the address', () => {
    const blocked = createProgressStore({
      storage: safeStorage(blockedStorage),
      events: noStorageEvents,
      now: () => 1000,
    });
    history.replaceState(null, '', `/#assignment=${link}`);
    render(AssignmentPanel, { lessons, quizzes, store: blocked });
    expect(screen.getByRole('heading', { name: 'Your assignment: NUR 210' })).toBeTruthy();
    expect(blocked.notices.get()).toEqual(['blocked']);
    expect(screen.getByRole('status').textContent).toMatch(/would not save the assignment/);
    expect(location.hash).toBe(`#assignment=${link}`);
  });
});
