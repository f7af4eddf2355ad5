// Where a learner's current assignment lives: the link's value under one localStorage key,
// decoded again (and so validated again) whenever it is read.
import type { SafeStorage } from '../progress/safe-storage';
import { assignmentFromHash, decodeAssignment, type Assignment } from './link';

export const assignmentKey = 'clonus-course:assignment';

export interface CourseParts {
  lessonIds: readonly string[];
  quizIds: readonly string[];
}

export interface AssignmentView {
  assignment?: Assignment;
  /** Why a link in the address was refused; the saved assignment, if any, is kept. */
  refused?: string;
  /** True when the assignment came from the link just opened. */
  fromLink: boolean;
}

function saved(storage: SafeStorage, course: CourseParts): Assignment | undefined {
  const value = storage.read(assignmentKey);
  if (value === null) return undefined;
  const decoded = decodeAssignment(value, course);
  return decoded.ok ? decoded.assignment : undefined;
}

/**
 * The assignment to show: a valid one from the link just opened (which is then saved), or else
 * the one saved before. A bad link changes nothing and says why.
 */
export function openAssignment(storage: SafeStorage, hash: string, course: CourseParts): AssignmentView {
  const value = assignmentFromHash(hash);
  if (value === undefined) return { ...withAssignment(saved(storage, course)), fromLink: false };
  const decoded = decodeAssignment(value, course);
  if (!decoded.ok)
    return { ...withAssignment(saved(storage, course)), refused: decoded.message, fromLink: false };
  storage.write(assignmentKey, value);
  return { assignment: decoded.assignment, fromLink: true };
}

const withAssignment = (assignment: Assignment | undefined) => (assignment ? { assignment } : {});

export function removeAssignment(storage: SafeStorage): void {
  storage.remove(assignmentKey);
}
