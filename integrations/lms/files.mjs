// Where the LMS package build puts things; shared by scripts/package.mjs and the tests.
import { join } from 'node:path';
import { projectRoot } from '../../scripts/site-weight.mjs';

/** The course built for LMSs (COURSE_BUILD=lms), unzipped. */
export const siteFolder = join(projectRoot, 'dist-lms');
export const packagesFolder = join(projectRoot, 'packages');
/** @type {import('./manifest.mjs').ScormVersion[]} */
export const versions = ['scorm12', 'scorm2004'];
/** @param {import('./manifest.mjs').ScormVersion} version */
export const packageFile = (version) => join(packagesFolder, `clonus-course-${version}.zip`);
