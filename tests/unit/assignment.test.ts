import { describe, expect, it } from 'vitest';
import {
  assignmentFromHash,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
} from '../../src/lib/assignment/link';
import { assignmentKey, openAssignment, removeAssignment } from '../../src/lib/assignment/saved';
import { safeStorage } from '../../src/lib/progress/safe-storage';
import { MemoryStorage } from '../support/fake-storage';

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
  it('takes a valid link, saves it, and shows it again without the link', () => {
    const storage = safeStorage(() => new MemoryStorage());
    expect(openAssignment(storage, `#assignment=${link}`, course)).toEqual({ assignment, fromLink: true });
    expect(openAssignment(storage, '', course)).toEqual({ assignment, fromLink: false });
    removeAssignment(storage);
    expect(openAssignment(storage, '', course)).toEqual({ fromLink: false });
  });

  it('keeps the saved assignment when a bad link is opened, and says why', () => {
    const storage = safeStorage(() => new MemoryStorage());
    openAssignment(storage, `#assignment=${link}`, course);
    const view = openAssignment(storage, `#assignment=${link.slice(3)}`, course);
    expect(view.assignment).toEqual(assignment);
    expect(view.refused).toMatch(/incomplete or has been changed/);
    expect(storage.read(assignmentKey)).toBe(link);
  });
});
