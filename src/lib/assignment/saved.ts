// A learner's current assignment: the link's value, kept by the progress store under one key and
// decoded again (and so validated again) whenever it is read. Pure: the store keeps the value,
// these functions decide what it means.
import { calendarDay, longDate } from '../format';
import { assignmentFromHash, decodeAssignment, type Assignment } from './link';

export { assignmentKey } from './key';

export interface CourseParts {
  lessonIds: readonly string[];
  quizIds: readonly string[];
}

export interface AssignmentView {
  assignment?: Assignment;
  /** Why a link in the address was refused; the saved assignment, if any, is kept. */
  refused?: string;
  /** The link's value to save, when the link just opened is valid and nothing else is saved. */
  toSave?: string;
  /**
   * A valid link for another assignment than the saved one: the learner is asked before it
   * replaces the saved one (an instructor's assignment is never dropped unseen), and `value` is
   * saved only if they say so. Meanwhile `assignment` is still the saved one.
   */
  offered?: { assignment: Assignment; value: string };
}

/** The saved assignment, if its value still decodes to parts of this course. */
export function savedAssignment(saved: string | null, course: CourseParts): Assignment | undefined {
  if (saved === null) return undefined;
  const decoded = decodeAssignment(saved, course);
  return decoded.ok ? decoded.assignment : undefined;
}

const withAssignment = (assignment: Assignment | undefined) => (assignment ? { assignment } : {});

const sameAssignment = (a: Assignment, b: Assignment) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The assignment to show: the one saved before, or a valid one from the link just opened, saved
 * at once when there is no other and offered (to be confirmed) when it would replace another. A
 * bad link changes nothing and says why.
 */
export function openAssignment(saved: string | null, hash: string, course: CourseParts): AssignmentView {
  const current = savedAssignment(saved, course);
  const value = assignmentFromHash(hash);
  if (value === undefined) return withAssignment(current);
  const decoded = decodeAssignment(value, course);
  if (!decoded.ok) return { ...withAssignment(current), refused: decoded.message };
  if (!current) return { assignment: decoded.assignment, toSave: value };
  if (sameAssignment(current, decoded.assignment)) return { assignment: current };
  return { assignment: current, offered: { assignment: decoded.assignment, value } };
}

const count = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

// Label, due date and size: two assignments with one label and date still read differently.
function described({ classLabel, due, lessonIds, quizIds }: Assignment, locale?: string): string {
  const parts = [
    ...(lessonIds.length > 0 ? [count(lessonIds.length, 'lesson', 'lessons')] : []),
    ...(quizIds.length > 0 ? [count(quizIds.length, 'quiz', 'quizzes')] : []),
  ].join(' and ');
  return `“${classLabel}” (${parts}, due ${longDate(calendarDay(due), locale)})`;
}

/** The question a learner answers before an offered assignment replaces the saved one. */
export function replaceQuestion(saved: Assignment, offered: Assignment, locale?: string): string {
  return `Replace your saved assignment ${described(saved, locale)} with ${described(offered, locale)}?`;
}
