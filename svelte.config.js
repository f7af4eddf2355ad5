import { vitePreprocess } from '@astrojs/svelte';

// TypeScript in <script lang="ts"> blocks of the quiz and progress islands.
export default {
  preprocess: vitePreprocess(),
};
