// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

export default defineConfig({
  // Pages are folders (lessons/what-is-clonus/index.html) and links always end in a slash, so one
  // URL names one page and later offline caching (a service worker) matches navigations exactly.
  trailingSlash: 'always',
  integrations: [mdx(), svelte()],
  build: {
    // Stylesheets as files, never inlined: inlined styles of components used inside MDX escape
    // the content security policy's hashes (see ../shared/guide/toolchain.md).
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
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
