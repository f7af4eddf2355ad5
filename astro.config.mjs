// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { lmsPackage } from './integrations/lms/integration.ts';
import { offlineCourse } from './integrations/offline/integration.ts';
import { quizViews } from './integrations/quiz-views/integration.ts';
import { searchIndex } from './integrations/search/integration.ts';
import { course } from './src/course.ts';

// `COURSE_BUILD=lms astro build` (run by `npm run package`) builds the course for LMS packages:
// the same pages as .html files with relative links, plus the launch pages that talk to the LMS.
const packaged = process.env.COURSE_BUILD === 'lms';

export default defineConfig({
  // Pages are folders (lessons/what-is-clonus/index.html) and links always end in a slash, so one
  // URL names one page and later offline caching (a service worker) matches navigations exactly.
  // An LMS serves files, not folders, so a package's pages are files (lessons/what-is-clonus.html).
  trailingSlash: packaged ? 'ignore' : 'always',
  outDir: packaged ? './dist-lms' : './dist',
  // Build hooks run in this order: the search index first, so later steps (relative links in the
  // LMS build, the service worker's precache list) see its files.
  integrations: [
    searchIndex(),
    mdx(),
    svelte(),
    quizViews(),
    ...(packaged
      ? [lmsPackage({ title: course.title, passMark: course.postTestPassMark })]
      : offlineCourse({
          name: course.title,
          shortName: 'Clonus course',
          description: course.description,
          lang: course.lang,
        })),
  ],
  build: {
    format: packaged ? 'file' : 'directory',
    // Stylesheets as files, never inlined: inlined styles of components used inside MDX escape
    // the content security policy's hashes (see ../shared/guide/toolchain.md).
    inlineStylesheets: 'never',
  },
  // A content security policy in every page: Astro hashes its own scripts and styles, and
  // nothing inline runs without a hash (see tests/e2e/csp.spec.ts). Everything else comes from the
  // course's own origin (default-src), no plugin content at all, and neither a <base> element nor a
  // form can send the learner's input or links elsewhere (tests/dist/csp.test.ts checks each page).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // No code in the lessons: Shiki's highlighting (inline styles, which a CSP blocks) is off.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    // Read by src/site/paths.ts, the one place that knows how pages are addressed.
    define: { 'import.meta.env.COURSE_PACKAGE': JSON.stringify(packaged) },
    build: {
      // Two small scripts stay files, though small enough for Vite to inline: the search page's
      // (its form is rendered inert and waits for it; tests/e2e/search.spec.ts holds the file
      // back to prove nothing typed early is lost) and the update prompt's, which runs on every
      // page, so the browser fetches it once for them all where inlined every page would carry
      // it again. Every other asset keeps Vite's default limit (undefined).
      assetsInlineLimit: (file) =>
        file.includes('SearchPanel.astro') || file.includes('UpdatePrompt') ? false : undefined,
      rollupOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler
        // warns about once per lesson; Astro handles it itself, so only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
