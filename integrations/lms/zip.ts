// The zip files an LMS receives: one per SCORM version, each the whole built course, that
// version's launch page only, and its imsmanifest.xml at the root.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { packageFile, packagesFolder, versions, type ScormVersion } from './files.ts';
import { launchPages, manifest, type PackageCourse } from './manifest.ts';
import { listFiles } from './relative-links.ts';

export interface WrittenPackage {
  version: ScormVersion;
  file: string;
  /** Files in the zip, the manifest included. */
  files: number;
  bytes: number;
}

/** Zips the course built in `site` into packages/, replacing what was there. */
export async function writePackages(site: string, course: PackageCourse): Promise<WrittenPackage[]> {
  const allFiles = await listFiles(site);
  const contents = new Map(
    await Promise.all(allFiles.map(async (file) => [file, await readFile(join(site, file))] as const)),
  );
  await rm(packagesFolder, { recursive: true, force: true });
  await mkdir(packagesFolder, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const version of versions) {
    const others = versions.filter((other) => other !== version).map((other) => launchPages[other]);
    const files = allFiles.filter((file) => !others.includes(file));
    const zip = zipSync(
      {
        'imsmanifest.xml': new TextEncoder().encode(manifest(version, course, files)),
        ...Object.fromEntries(files.map((file) => [file, contents.get(file) ?? new Uint8Array()])),
      },
      // A fixed date: the same course gives the same zip.
      { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
    );
    await writeFile(packageFile(version), zip);
    written.push({ version, file: packageFile(version), files: files.length + 1, bytes: zip.length });
  }
  return written;
}
