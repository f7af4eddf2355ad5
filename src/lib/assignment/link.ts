/**
 * Assignment links: an instructor picks lessons and quizzes, a due date and a class label, and
 * shares a link to the course home whose fragment carries them:
 *
 *   https://…/#assignment=<base64url of JSON>.<checksum>
 *
 * The JSON is `{ "v": 1, "c": "<class label>", "d": "YYYY-MM-DD", "l": [lesson ids], "q": [quiz ids] }`.
 * The fragment never reaches a server. The checksum (FNV-1a, 32 bits) catches a link cut short
 * or altered by hand; it is not a signature, and nothing here is secret. Everything decoded is
 * validated and the ids must name parts of this course, so a bad link is refused with a reason
 * and never shown or stored. Labels are plain text: the page renders them as text, never markup,
 * and a label or due date the course would not show (an address in the label, a date outside
 * 2020–2099: rules.ts) refuses the whole link.
 */
import { parse } from '../validation';
import { fnv1a } from '../hash';
import { dueProblem, labelProblem } from './rules';
import { assignmentVersion as version, payloadSchema } from './link-schema';

export const assignmentParam = 'assignment';

export interface Assignment {
  classLabel: string;
  /** Due date, YYYY-MM-DD. */
  due: string;
  lessonIds: string[];
  quizIds: string[];
}

export type DecodedAssignment = { ok: true; assignment: Assignment } | { ok: false; message: string };

function checksum(text: string): string {
  return fnv1a(text).toString(36);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (char) => char.charCodeAt(0)),
  );
}

/** The fragment value for an assignment (without the leading "assignment="). */
export function encodeAssignment(assignment: Assignment): string {
  const json = JSON.stringify({
    v: version,
    c: assignment.classLabel.trim(),
    d: assignment.due,
    l: assignment.lessonIds,
    q: assignment.quizIds,
  });
  const payload = toBase64Url(json);
  return `${payload}.${checksum(payload)}`;
}

const refuse = (message: string): DecodedAssignment => ({
  ok: false,
  message: `${message} Ask your instructor for the link again. Your progress has not changed.`,
});

/**
 * Reads an assignment from a fragment value, checking it against the course's own lesson and
 * quiz ids. Never throws.
 */
export function decodeAssignment(
  value: string,
  course: { lessonIds: readonly string[]; quizIds: readonly string[] },
): DecodedAssignment {
  if (value.length > 4000) return refuse('This assignment link is too long to be real.');
  const [payload = '', sum, ...rest] = value.split('.');
  if (!sum || rest.length > 0 || checksum(payload) !== sum) {
    return refuse('This assignment link is incomplete or has been changed.');
  }
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(payload));
  } catch {
    return refuse('This assignment link cannot be read.');
  }
  const parsed = parse(payloadSchema, json);
  if (!parsed.success) return refuse('This assignment link cannot be read.');
  const { c, d, l, q } = parsed.output;
  const problem = labelProblem(c) ?? dueProblem(d);
  if (problem) return refuse(`This assignment link cannot be used. ${problem}`);
  const unknown = [
    ...l.filter((id) => !course.lessonIds.includes(id)),
    ...q.filter((id) => !course.quizIds.includes(id)),
  ];
  if (unknown.length > 0) return refuse('This assignment link names parts that are not in this course.');
  if (l.length + q.length === 0) return refuse('This assignment link assigns nothing.');
  return { ok: true, assignment: { classLabel: c.trim(), due: d, lessonIds: l, quizIds: q } };
}

/** Reads the assignment value out of a URL fragment such as "#assignment=…", if there is one. */
export function assignmentFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(assignmentParam) ?? undefined;
}
