// Where the LMS package build puts things; shared by the integration, `npm run bench` and the tests.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormVersion } from '../../src/lib/lms/connect.ts';

export type { ScormVersion };

/** The SCORM versions a package is built for, one zip each. */
export const versions: ScormVersion[] = ['scorm12', 'scorm2004'];

/** The package's identifier in its manifests, and the start of its zip files' names. */
export const packageName = 'clonus-course';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The course built for LMSs (COURSE_BUILD=lms), unzipped. */
export const siteFolder = join(projectRoot, 'dist-lms');
export const packagesFolder = join(projectRoot, 'packages');
export const packageFile = (version: ScormVersion) => join(packagesFolder, `${packageName}-${version}.zip`);
