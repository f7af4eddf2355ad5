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
