// Moving progress between browsers as a file. The file is checked in full before anything is
// imported: a file that is not exactly right is refused with a reason, and nothing changes.
import type { Progress } from './model';
import { currentVersion, decodeProgress, encodeProgress } from './wire';

export const exportFormat = 'clonus-course-progress';

/** Larger than any real export by far; refuses a wrong file before parsing it. */
export const importSizeLimit = 100_000;

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** The export file's text: the stored record wrapped with what identifies it. */
export function exportFileText(progress: Progress, exportedAt: Date): string {
  const file = {
    format: exportFormat,
    version: currentVersion,
    exportedAt: exportedAt.toISOString(),
    progress: JSON.parse(encodeProgress(progress)) as unknown,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name for an export, dated so several exports do not collide. */
export function exportFileName(exportedAt: Date): string {
  return `clonus-course-progress-${exportedAt.toISOString().slice(0, 10)}.json`;
}

const refuse = (message: string): ImportResult => ({
  ok: false,
  message: `${message} Your current progress has not changed.`,
});

export function readImportFile(text: string): ImportResult {
  if (text.length > importSizeLimit)
    return refuse('This file is too large to be a progress export from this course.');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('This file is not a progress export: it is not readable as one.');
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== exportFormat) {
    return refuse('This file is not a progress export from this course.');
  }
  const { version, progress } = file as { version?: unknown; progress?: unknown };
  if (typeof version === 'number' && version > currentVersion) {
    return refuse(
      'This file comes from a newer version of the course. Reload the page to update it, then try again.',
    );
  }
  const decoded = decodeProgress(JSON.stringify(progress ?? null));
  // Files from older versions are read through the same migrations as stored progress.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || decoded.status !== 'ok') {
    return refuse('This progress file is damaged or incomplete, so none of it was imported.');
  }
  return { ok: true, progress: decoded.progress };
}
