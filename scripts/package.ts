// `npm run package`: builds the course for LMSs (COURSE_BUILD=lms, see astro.config.mjs) into
// dist-lms/; the build's own last step (integrations/lms/) writes one zip per SCORM version into
// packages/.
import { statSync } from 'node:fs';
import { packageFile, versions } from '../integrations/lms/files.ts';
import { buildSite } from './build-runner.ts';

const { ok, seconds } = buildSite({ env: { COURSE_BUILD: 'lms' } });
if (!ok) {
  console.error('The LMS build failed; no packages written.');
  process.exit(1);
}
for (const version of versions) {
  const file = packageFile(version);
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} KB`);
}
console.log(`Built and packaged in ${seconds.toFixed(1)} s.`);
