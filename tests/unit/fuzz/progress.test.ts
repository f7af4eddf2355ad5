// Property tests at the progress boundary: whatever is stored or imported, reading it never
// throws, and a valid record is never lost on the way in or out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileText, readImportFile } from '../../../src/lib/progress/transfer';
import { decodeProgress, encodeProgress } from '../../../src/lib/progress/wire';
import { afterEveryRecord, courseRecord } from '../../support/arbitraries';
import { lmsRules } from '../../support/course-records';

/** Text that may or may not be a record: anything, any JSON, and records damaged by one edit. */
const storedText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.tuple(courseRecord, fc.nat(), fc.string({ maxLength: 3 })).map(([record, at, insert]) => {
    const text = encodeProgress(record);
    const cut = at % (text.length + 1);
    return text.slice(0, cut) + insert + text.slice(cut + 1);
  }),
  courseRecord.map((record) => encodeProgress(record).slice(0, -5)),
);

describe('reading stored progress', () => {
  it('never throws, and what it returns is a sound record that reads back the same', () => {
    fc.assert(
      fc.property(storedText, (text) => {
        const result = decodeProgress(text);
        const again = decodeProgress(encodeProgress(result.progress));
        expect(again.status === 'ok' || again.status === 'empty').toBe(true);
        expect(again.progress).toEqual(result.progress);
      }),
      { numRuns: 500 },
    );
  });

  it('loses nothing of a valid record', () => {
    fc.assert(
      fc.property(courseRecord, (record) => {
        expect(decodeProgress(encodeProgress(record))).toEqual({ status: 'ok', progress: record });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a version 1 record (no evaluation or name) as the same record in version 2', () => {
    fc.assert(
      fc.property(courseRecord, (record) => {
        const { evaluation: _evaluation, learner: _learner, ...older } = record;
        const v1 = encodeProgress(older).replace('{"v":2,', '{"v":1,');
        expect(decodeProgress(v1)).toEqual({ status: 'ok', progress: older });
      }),
      { numRuns: 200 },
    );
  });
});

describe('importing a progress file', () => {
  it('never throws on any file, and either imports a sound record or refuses with a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          courseRecord.map((record) => exportFileText(record, new Date(0)).replace(/"v":2/, '"v":"2"')),
        ),
        (text) => {
          const result = readImportFile(text, lmsRules, afterEveryRecord);
          if (result.ok) expect(decodeProgress(encodeProgress(result.progress)).status).toBe('ok');
          else expect(result.message).toMatch(/\S/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('imports every exported record whole', () => {
    fc.assert(
      fc.property(courseRecord, fc.date({ noInvalidDate: true }), (record, when) => {
        expect(readImportFile(exportFileText(record, when), lmsRules, afterEveryRecord)).toEqual({
          ok: true,
          progress: record,
          dropped: 0,
        });
      }),
      { numRuns: 300 },
    );
  });
});
