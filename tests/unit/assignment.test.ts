import { describe, expect, it } from 'vitest';
import {
  assignmentFromHash,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
} from '../../src/lib/assignment/link';
import { openAssignment, savedAssignment } from '../../src/lib/assignment/saved';

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

  it('refuse a well-formed checksum over content that is not an assignment', () => {
    const payload = btoa('{"hello":"world"}').replace(/=+$/, '');
    const forged = encodeAssignment(assignment).replace(/^[^.]+/, payload);
    expect(decodeAssignment(forged, course).ok).toBe(false);
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

  it('is shown only while it still names parts of this course', () => {
    expect(savedAssignment(link, course)).toEqual(assignment);
    expect(savedAssignment(link, { lessonIds: ['what-is-clonus'], quizIds: [] })).toBeUndefined();
    expect(savedAssignment('damaged', course)).toBeUndefined();
  });
});
