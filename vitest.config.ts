import { svelteTesting } from '@testing-library/svelte/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // Plain Node: domain code, schemas, and the content build's error messages.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The authoring-error tests run Astro's content sync on fixture copies: seconds, not ms.
          testTimeout: 60_000,
          // Processed by Vite rather than loaded by Node, so vi.resetModules() gives each
          // simulated browser tab its own copy (@nanostores/persistent keeps its engine globally).
          server: { deps: { inline: ['nanostores', '@nanostores/persistent'] } },
        },
      },
      {
        // The Svelte islands rendered in jsdom and driven as a person would, by role and label.
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          // Reads the built site in dist/: run after `astro build`.
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
