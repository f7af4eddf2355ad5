import { describe, expect, it } from 'vitest';
import {
  assignmentFromHash,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
} from '../../src/lib/assignment/link';
import { dueProblem, labelProblem } from '../../src/lib/assignment/rules';
import { openAssignment, replaceQuestion, savedAssignment } from '../../src/lib/assignment/saved';

const course = { lessonIds: ['what-is-clonus', 'disease-causes'], quizIds: ['topic-causes'] };
const assignment: Assignment = {
  classLabel: 'NUR 210 – Week 3 <b>bold</b> ✓',
  due: '2026-12-01',
  lessonIds: ['what-is-clonus', 'disease-causes'],
  quizIds: ['topic-causes'],
};
const link = encodeAssignment(assignment);

describe('assignment links', () => {
  it('round-trip, keeping any text in the label as text', () => {
    expect(decodeAssignment(link, course)).toEqual({ ok: true, assignment });
    expect(link).toMatch(/^[A-Za-z0-9_-]+\.[a-z0-9]+$/);
  });

  it('are read from the address fragment', () => {
    expect(assignmentFromHash(`#assignment=${link}`)).toBe(link);
    expect(assignmentFromHash('#the-reflex-loop')).toBeUndefined();
  });

  it.each([
    ['cut short', link.slice(0, -5), /incomplete or has been changed/],
    ['with its payload changed', `x${link}`, /incomplete or has been changed/],
    ['with no checksum', link.split('.')[0] ?? '', /incomplete or has been changed/],
    ['empty', '', /incomplete or has been changed/],
    ['absurdly long', 'a'.repeat(5000), /too long/],
  ])('refuse a link %s', (_case, value, message) => {
    const decoded = decodeAssignment(value, course);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.message).toMatch(message);
      expect(decoded.message).toMatch(/progress has not changed/);
    }
  });

  it('refuse ids that are not in the course, an impossible date, and an empty assignment', () => {
    const refuse = (changed: Partial<Assignment>) =>
      decodeAssignment(encodeAssignment({ ...assignment, ...changed }), course);
    expect(refuse({ lessonIds: ['treatment'] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not in this course/) as unknown,
    });
    expect(refuse({ due: '2026-02-31' }).ok).toBe(false);
    expect(refuse({ lessonIds: [], quizIds: [] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/assigns nothing/) as unknown,
    });
    expect(refuse({ classLabel: 'x'.repeat(81) }).ok).toBe(false);
  });

  it('refuse a label with an address or a date outside 2020–2099, saying which and why', () => {
    const refused = (changed: Partial<Assignment>) =>
      decodeAssignment(encodeAssignment({ ...assignment, ...changed }), course);
    expect(
      refused({ classLabel: 'URGENT: re-enter your LMS password at https://lms.example/reset' }),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^This assignment link cannot be used\. The class label contains what looks like a web address.*Your progress has not changed\.$/,
      ) as unknown,
    });
    expect(refused({ classLabel: 'Questions: tutor@example.org' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/e-mail address/) as unknown,
    });
    expect(refused({ due: '0001-01-01' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/due date must be between 2020-01-01 and 2099-12-31/) as unknown,
    });
    expect(refused({ due: '2106-02-07' }).ok).toBe(false);
  });

  it('refuse a well-formed checksum over content that is not an assignment', () => {
    const payload = btoa('{"hello":"world"}').replace(/=+$/, '');
    const forged = encodeAssignment(assignment).replace(/^[^.]+/, payload);
    expect(decodeAssignment(forged, course).ok).toBe(false);
  });
});

describe('class labels', () => {
  it.each([
    ['a web address', 'URGENT: re-enter your LMS password at https://lms-login.example/reset', /web address/],
    ['a domain name', 'Re-enter your password at lms-login.example.com', /web address/],
    ['a short link', 'Read bit.ly/3xYz first', /web address/],
    ['www.', 'See www.example', /web address/],
    ['a domain in another script', 'Форма: пример.рф', /web address/],
    ['full-width letters and dot', 'ｅｘａｍｐｌｅ．ｃｏｍ', /web address/],
    ['an ideographic full stop', 'example。com', /web address/],
    ['an IP address', 'Log in at 192.168.0.1', /web address/],
    ['an e-mail address', 'Write to help@example.org', /e-mail address/],
    ['a line break', 'NUR 210\nWeek 3', /control or text-direction/],
    ['a right-to-left override', 'NUR 210 \u202Egnp.exe', /control or text-direction/],
    ['only spaces', '   ', /is empty/],
    ['81 characters', 'x'.repeat(81), /longer than 80 characters/],
  ])('refuses %s', (_case, label, reason) => {
    expect(labelProblem(label)).toMatch(reason);
  });

  it.each([
    'NUR 210 – Week 3 <b>bold</b> ✓',
    'Ph.D. seminar, e.g. week 2',
    'v2.1 review, U.S. cohort',
    "Dr. Smith's group @ 9 am",
    '👩‍⚕️ Nursing 101',
    'x'.repeat(80),
  ])('accepts %s', (label) => {
    expect(labelProblem(label)).toBeUndefined();
  });
});

describe('due dates', () => {
  it.each(['2020-01-01', '2026-12-01', '2099-12-31'])('accepts %s', (due) => {
    expect(dueProblem(due)).toBeUndefined();
  });

  it.each([
    ['0001-01-01', /between 2020-01-01 and 2099-12-31/],
    ['2019-12-31', /between/],
    ['2100-01-01', /between/],
    ['2106-02-07', /between/],
    ['2026-02-31', /not a real date/],
    ['1 Dec 2026', /not a real date/],
  ])('refuses %s', (due, reason) => {
    expect(dueProblem(due)).toMatch(reason);
  });
});

describe('the saved assignment', () => {
  it('takes a valid link, to be saved, and shows the saved one without a link', () => {
    expect(openAssignment(null, `#assignment=${link}`, course)).toEqual({ assignment, toSave: link });
    expect(openAssignment(link, '', course)).toEqual({ assignment });
    expect(openAssignment(null, '', course)).toEqual({});
  });

  it('keeps the saved assignment when a bad link is opened, and says why', () => {
    const view = openAssignment(link, `#assignment=${link.slice(3)}`, course);
    expect(view.assignment).toEqual(assignment);
    expect(view.toSave).toBeUndefined();
    expect(view.refused).toMatch(/incomplete or has been changed/);
  });

  it('offers a link for another assignment instead of replacing the saved one, and asks nothing for the same one', () => {
    const other: Assignment = {
      ...assignment,
      classLabel: 'NUR 211',
      lessonIds: ['disease-causes'],
      quizIds: [],
    };
    const otherLink = encodeAssignment(other);
    expect(openAssignment(link, `#assignment=${otherLink}`, course)).toEqual({
      assignment,
      offered: { assignment: other, value: otherLink },
    });
    expect(openAssignment(link, `#assignment=${link}`, course)).toEqual({ assignment });
    // A saved value that no longer reads is no assignment to keep: the new one is saved at once.
    expect(openAssignment('damaged', `#assignment=${otherLink}`, course)).toEqual({
      assignment: other,
      toSave: otherLink,
    });
  });

  it('asks to replace in words that tell the two apart: label, size and due date', () => {
    const other: Assignment = { ...assignment, classLabel: 'NUR 211', due: '2027-01-15', quizIds: [] };
    expect(replaceQuestion(assignment, other, 'en-GB')).toBe(
      'Replace your saved assignment “NUR 210 – Week 3 <b>bold</b> ✓” (2 lessons and 1 quiz, due 1 December 2026) with “NUR 211” (2 lessons, due 15 January 2027)?',
    );
  });

  it('is shown only while it still names parts of this course', () => {
    expect(savedAssignment(link, course)).toEqual(assignment);
    expect(savedAssignment(link, { lessonIds: ['what-is-clonus'], quizIds: [] })).toBeUndefined();
    expect(savedAssignment('damaged', course)).toBeUndefined();
  });
});
