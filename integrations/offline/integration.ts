// Offline use: a service worker (Workbox, through @vite-pwa/astro) that precaches the whole
// course on the first visit, pages, scripts, styles and the search index, so a learner on a
// placement with no signal can study, take quizzes and keep progress (localStorage needs no
// network). A new version waits until the learner reloads from the prompt
// (src/components/offline/UpdatePrompt.astro), so nobody is switched mid-quiz or kept on an old one
// once they accept; closing every tab of the course also lets the new version take over.
//
// Offline, an address the worker does not hold gets the course's own offline page (/offline/,
// src/offline/page.astro), never the browser's error; an address without its trailing slash
// (/lessons/what-is-clonus) is sent to the page's one address (/lessons/what-is-clonus/), which the
// worker holds.
//
// Only the static site has it: an LMS serves packages from folders it controls, and a worker
// there could outlive an instructor's upload of a new package.
import AstroPWA from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { workerScope, workerUrl } from '../../src/lib/offline/worker.ts';

/** The offline page's address, precached like every page. */
export const offlinePagePath = '/offline/';

// Workbox writes these two into the worker as their source text (runtimeCaching below), so they
// name nothing outside themselves.
/** A page address without its trailing slash: a navigation whose last segment has no extension. */
const isPageWithoutSlash = ({ request, url }: { request: Request; url: URL }) =>
  request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname);
/** Sends it to the same address with the slash, the one the worker precached (or the network has). */
const addSlash = ({ url }: { url: URL }) =>
  Promise.resolve(Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301));

/** What the installed app is called and says about itself (the web app manifest). */
export interface OfflineApp {
  name: string;
  shortName: string;
  description: string;
  lang: string;
}

/** The offline page, as a route of the static site only. */
const offlinePage: AstroIntegration = {
  name: 'clonus-course-offline-page',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: offlinePagePath.slice(0, -1), entrypoint: './src/offline/page.astro' });
    },
  },
};

export function offlineCourse(app: OfflineApp): AstroIntegration[] {
  return [offlinePage, worker(app)];
}

function worker(app: OfflineApp): AstroIntegration {
  return AstroPWA({
    registerType: 'prompt',
    // Registered by UpdatePrompt.astro (with the browser's own API, components/offline/
    // register-worker.ts), which also tells the learner about updates: at this address and scope.
    injectRegister: false,
    filename: workerUrl.slice(1),
    scope: workerScope,
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
      // left to the network (a 404 online) rather than answered with some other page. Offline,
      // the runtime routes below answer instead.
      navigateFallback: null,
      // Tried after the precache, in this order: an address without its slash goes to the one
      // with it; any other page goes to the network, and if the network fails, the offline page.
      runtimeCaching: [
        { urlPattern: isPageWithoutSlash, handler: addSlash },
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkOnly',
          options: { precacheFallback: { fallbackURL: offlinePagePath } },
        },
      ],
      // A static host sends the same file whatever the query says (Pagefind's
      // pagefind-entry.json?ts=…, /search/?q=…, a link with tracking parameters), so the precached
      // file answers for any parameters.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
    },
  });
}
