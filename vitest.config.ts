import { svelteTesting } from '@testing-library/svelte/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // Plain Node: domain code, schemas, content checks and the course's own content.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The property tests run hundreds of cases each: under 1 s on an idle machine, but a
          // busy CI machine has stretched them past vitest's 5 s default.
          testTimeout: 30_000,
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
          // An author's mistakes as the build reports them: Astro's real content sync runs on
          // fixture copies of the content layer, seconds per test, so apart from the fast projects.
          name: 'authoring',
          include: ['tests/authoring/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
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
