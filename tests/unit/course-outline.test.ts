import { describe, expect, it } from 'vitest';
import { positionOf, totalMinutes } from '../../src/lib/course-outline';

const sequence = [
  { id: 'first', title: 'First', order: 1, minutes: 7 },
  { id: 'second', title: 'Second', order: 2, minutes: 9 },
  { id: 'third', title: 'Third', order: 3, minutes: 11 },
];

describe('course outline', () => {
  it('adds up the time of every lesson', () => {
    expect(totalMinutes(sequence)).toBe(27);
    expect(totalMinutes([])).toBe(0);
  });

  it('places a middle lesson between its neighbours', () => {
    const position = positionOf(sequence, 'second');
    expect(position).toMatchObject({ number: 2, total: 3 });
    expect(position.previous?.id).toBe('first');
    expect(position.next?.id).toBe('third');
  });

  it('gives the first lesson no previous and the last no next', () => {
    expect(positionOf(sequence, 'first').previous).toBeUndefined();
    expect(positionOf(sequence, 'third').next).toBeUndefined();
  });

  it('refuses an id outside the sequence', () => {
    expect(() => positionOf(sequence, 'missing')).toThrow(/No lesson "missing"/);
  });
});
