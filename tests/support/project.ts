// The project's root folder, which the content readers (src/lib/content/) take as `root`.
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
