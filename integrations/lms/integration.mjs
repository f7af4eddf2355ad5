// The Astro side of the LMS package build (COURSE_BUILD=lms, see astro.config.mjs): adds the
// launch pages and the course facts for the manifests, and makes every link relative once the
// pages are written. scripts/package.mjs then writes the manifests and the zip files.
import { fileURLToPath } from 'node:url';
import { relativizeSite } from './relative-links.mjs';

/** @returns {import('astro').AstroIntegration} */
export function lmsPackage() {
  return {
    name: 'clonus-course-lms-package',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/lms/[version]', entrypoint: './src/package/launch.astro' });
        injectRoute({ pattern: '/lms/course.json', entrypoint: './src/package/course.json.ts' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await relativizeSite(fileURLToPath(dir));
        logger.info(`Links made relative in ${String(pages)} pages`);
      },
    },
  };
}
