// The LMS package build (COURSE_BUILD=lms, see astro.config.mjs), all inside Astro: it adds the
// launch pages, and once the pages are written makes every link relative and writes one zip per
// SCORM version into packages/. The course facts for the manifests come from astro.config.mjs,
// which imports src/course.ts (Astro loads the config through Vite, so TypeScript imports work).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { packageName } from './files.ts';
import { relativizeSite } from './relative-links.ts';
import { writePackages } from './zip.ts';

export interface LmsPackageOptions {
  /** The course title, as the LMS lists the activity. */
  title: string;
  /** Share of post-test points needed to pass, 0 to 1. */
  passMark: number;
}

export function lmsPackage({ title, passMark }: LmsPackageOptions): AstroIntegration {
  return {
    name: 'clonus-course-lms-package',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/lms/[version]', entrypoint: './src/package/launch.astro' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await relativizeSite(site);
        logger.info(`Links made relative in ${String(pages)} pages`);
        for (const written of await writePackages(site, { identifier: packageName, title, passMark })) {
          logger.info(
            `${written.file}: ${String(written.files)} files, ${(written.bytes / 1024).toFixed(1)} KB`,
          );
        }
      },
    },
  };
}
