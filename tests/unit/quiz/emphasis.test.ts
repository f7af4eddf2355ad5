import { describe, expect, it } from 'vitest';
import { emphasisParts } from '../../../src/lib/quiz/emphasis';

describe('a stem’s emphasis', () => {
  it('splits out each **bold** run', () => {
    expect(emphasisParts('Which is **NOT** a cause? Pick **one**.')).toEqual([
      { text: 'Which is ', strong: false },
      { text: 'NOT', strong: true },
      { text: ' a cause? Pick ', strong: false },
      { text: 'one', strong: true },
      { text: '.', strong: false },
    ]);
  });

  it('leaves plain text and an unpaired ** as they are', () => {
    expect(emphasisParts('Which is a cause?')).toEqual([{ text: 'Which is a cause?', strong: false }]);
    expect(emphasisParts('A ** alone')).toEqual([{ text: 'A ** alone', strong: false }]);
  });
});
