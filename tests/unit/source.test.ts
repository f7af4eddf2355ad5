// The course keeps a copy of its only clinical source so it builds anywhere; these tests keep the
// copy honest and the list of source headings (which lessons cite) true to it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHeadings } from '../../src/schemas/source-headings';
import { readSource, sourceLines } from '../support/source';

const sharedSource = resolve(import.meta.dirname, '../../../shared/source/clonus.txt');
/** `sha256sum` output for the team's source, committed beside the copy (check it with `sha256sum -c`). */
const recordedChecksum = resolve(import.meta.dirname, '../../src/source/clonus.txt.sha256');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('clinical source', () => {
  // The shared folder sits beside the checkout on the team's machines and in CI; a clone elsewhere
  // has only the copy and the checksum recorded from the shared file, so changing the copy there
  // means changing the checksum too, in plain sight.
  it('is the team source: its SHA-256 is the one recorded, and it equals ../shared/source/clonus.txt where that is present', () => {
    const [checksum] = readFileSync(recordedChecksum, 'utf8').split(/\s+/);
    expect(sha256(readSource())).toBe(checksum);
    if (existsSync(sharedSource)) expect(readSource()).toBe(readFileSync(sharedSource, 'utf8'));
  });

  it('has every listed heading as a line of its own', () => {
    const lines = sourceLines();
    for (const heading of sourceHeadings) expect(lines).toContain(heading);
  });

  it('lists every heading the source has', () => {
    // A heading here is a short line that is not a sentence, a list item or a table row.
    const headingLike = sourceLines().filter(
      (line) => line.length < 60 && !/[.:|]$/.test(line) && !line.startsWith('- ') && !line.startsWith('|'),
    );
    expect(headingLike).toEqual([...sourceHeadings]);
  });
});
