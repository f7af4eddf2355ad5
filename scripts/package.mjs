// `npm run package`: builds the course for LMSs (COURSE_BUILD=lms, see astro.config.mjs) into
// dist-lms/, then writes one zip per SCORM version into packages/: the same pages, that
// version's launch page and its imsmanifest.xml at the root.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { packageFile, packagesFolder, siteFolder, versions } from '../integrations/lms/files.mjs';
import { launchPages, manifest } from '../integrations/lms/manifest.mjs';
import { listFiles } from '../integrations/lms/relative-links.mjs';
import { buildSite } from './site-weight.mjs';

if (!buildSite({ env: { COURSE_BUILD: 'lms' } }).ok) {
  console.error('The LMS build failed; no packages written.');
  process.exit(1);
}

const course = JSON.parse(readFileSync(join(siteFolder, 'lms', 'course.json'), 'utf8'));
const allFiles = await listFiles(siteFolder);
rmSync(packagesFolder, { recursive: true, force: true });
mkdirSync(packagesFolder, { recursive: true });

for (const version of versions) {
  // Each package carries its own launch page only.
  const others = versions.filter((other) => other !== version).map((other) => launchPages[other]);
  const files = allFiles.filter((file) => !others.includes(file));
  const entries = Object.fromEntries(files.map((file) => [file, readFileSync(join(siteFolder, file))]));
  const zip = zipSync(
    { 'imsmanifest.xml': new TextEncoder().encode(manifest(version, course, files)), ...entries },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
  writeFileSync(packageFile(version), zip);
  console.log(
    `${packageFile(version)}: ${String(files.length + 1)} files, ${(zip.length / 1024).toFixed(1)} KB`,
  );
}
