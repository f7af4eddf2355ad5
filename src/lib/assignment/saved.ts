// A learner's current assignment: the link's value, kept by the progress store under one key and
// decoded again (and so validated again) whenever it is read. Pure: the store keeps the value,
// these functions decide what it means.
import { assignmentFromHash, decodeAssignment, type Assignment } from './link';

/** The storage key the progress store keeps the assignment link's value under. */
export const assignmentKey = 'clonus-course:assignment';

export interface CourseParts {
  lessonIds: readonly string[];
  quizIds: readonly string[];
}

export interface AssignmentView {
  assignment?: Assignment;
  /** Why a link in the address was refused; the saved assignment, if any, is kept. */
  refused?: string;
  /** The link's value to save, when the link just opened is valid. */
  toSave?: string;
}

/** The saved assignment, if its value still decodes to parts of this course. */
export function savedAssignment(saved: string | null, course: CourseParts): Assignment | undefined {
  if (saved === null) return undefined;
  const decoded = decodeAssignment(saved, course);
  return decoded.ok ? decoded.assignment : undefined;
}

const withAssignment = (assignment: Assignment | undefined) => (assignment ? { assignment } : {});

/**
 * The assignment to show: a valid one from the link just opened (to be saved), or else the one
 * saved before. A bad link changes nothing and says why.
 */
export function openAssignment(saved: string | null, hash: string, course: CourseParts): AssignmentView {
  const value = assignmentFromHash(hash);
  if (value === undefined) return withAssignment(savedAssignment(saved, course));
  const decoded = decodeAssignment(value, course);
  if (!decoded.ok) return { ...withAssignment(savedAssignment(saved, course)), refused: decoded.message };
  return { assignment: decoded.assignment, toSave: value };
}
