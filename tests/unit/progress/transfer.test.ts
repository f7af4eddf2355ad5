import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/model';
import {
  exportFileName,
  exportFileText,
  importSizeLimit,
  readImportFile,
} from '../../../src/lib/progress/transfer';

const progress = actions.completeLesson(
  actions.openLesson(emptyProgress(), 'what-is-clonus', 100),
  'what-is-clonus',
  ['what-is-clonus'],
  200,
);
const when = new Date('2026-11-24T10:00:00Z');
const exported = exportFileText(progress, when);
const withFile = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(exported) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

describe('progress export and import', () => {
  it('imports what it exported', () => {
    expect(readImportFile(exported)).toEqual({ ok: true, progress });
  });

  it('imports a file exported by the previous version of the course', () => {
    const v1File = JSON.stringify({
      format: 'clonus-course-progress',
      version: 1,
      exportedAt: '2026-11-01T00:00:00.000Z',
      progress: { v: 1, r: 0, l: { 'what-is-clonus': [1, 2, 3] }, q: {} },
    });
    const result = readImportFile(v1File);
    expect(result.ok && result.progress.lessons['what-is-clonus']).toEqual({
      startedAt: 1,
      completedAt: 2,
      seconds: 3,
    });
  });

  it('names the file by date', () => {
    expect(exportFileName(when)).toBe('clonus-course-progress-2026-11-24.json');
  });

  it.each([
    ['an empty file', '', /not readable/],
    ['a file that is not JSON', 'hello', /not readable/],
    ['JSON from elsewhere', '{"name":"x"}', /not a progress export from this course/],
    ['a file that is too large', 'x'.repeat(importSizeLimit + 1), /too large/],
    ['a file from a newer version', withFile((f) => (f.version = 99)), /newer version/],
    ['a file without its progress', withFile((f) => delete f.progress), /damaged or incomplete/],
    [
      'a file with one bad entry',
      withFile((f) => ((f.progress as { l: Record<string, unknown> }).l.x = 'bad')),
      /damaged or incomplete/,
    ],
    [
      'a file that tries to inject markup',
      withFile(
        (f) => ((f.progress as { l: Record<string, unknown> }).l['<img src=x onerror=alert(1)>'] = [1, 0, 1]),
      ),
      /damaged or incomplete/,
    ],
  ])('refuses %s with a reason and says nothing changed', (_case, text, reason) => {
    const result = readImportFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(reason);
    expect(result.message).toMatch(/current progress has not changed/);
  });
});
