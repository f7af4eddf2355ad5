// Offline use: a service worker (Workbox, through @vite-pwa/astro) that precaches the whole
// course on the first visit, pages, scripts, styles and the search index, so a learner on a
// placement with no signal can study, take quizzes and keep progress (localStorage needs no
// network). A new version waits until the learner reloads from the prompt
// (src/components/offline/UpdatePrompt.astro), so nobody is switched mid-quiz or kept on an old one
// once they accept; closing every tab of the course also lets the new version take over.
//
// Only the static site has it: an LMS serves packages from folders it controls, and a worker
// there could outlive an instructor's upload of a new package.
import AstroPWA from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';

/** What the installed app is called and says about itself (the web app manifest). */
export interface OfflineApp {
  name: string;
  shortName: string;
  description: string;
  lang: string;
}

export function offlineCourse(app: OfflineApp): AstroIntegration {
  return AstroPWA({
    registerType: 'prompt',
    // Registered by UpdatePrompt.astro, which also tells the learner about updates.
    injectRegister: false,
    manifest: {
      name: app.name,
      short_name: app.shortName,
      description: app.description,
      lang: app.lang,
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4f91',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // Everything a page can need, the Pagefind index included (pagefind/*).
      globPatterns: ['**/*.{html,js,css,svg,webmanifest,json,wasm}', 'pagefind/**/*'],
      // Not the 404 page: it would be cached as /404/, which static hosts answer with a 404,
      // and one failed download stops the whole course from being saved for offline use.
      globIgnores: ['**/node_modules/**/*', 'sw.js', 'workbox-*.js', '404.html'],
      // /lessons/x/ is served from the precached lessons/x/index.html (every link ends in a
      // slash: astro.config.mjs), so each page is cached once.
      directoryIndex: 'index.html',
      // Every page of the course is precached; any other address is not the course's, and is
      // left to the network (a 404 online) rather than answered with some other page.
      navigateFallback: null,
      // Pagefind asks for pagefind-entry.json?ts=…, and the search page is revisited as
      // /search/?q=…: both are the precached files whatever the parameter says.
      ignoreURLParametersMatching: [/^utm_/, /^ts$/, /^q$/],
      cleanupOutdatedCaches: true,
    },
  });
}
