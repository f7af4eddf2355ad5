// Where the offline worker lives, shared by the build (integrations/offline/integration.ts, which
// writes it) and the page that registers it (components/offline/UpdatePrompt.astro).
export const workerUrl = '/sw.js';
export const workerScope = '/';
/** What the generated worker listens for (Workbox's prompt mode) before it takes over from the old one. */
export const skipWaitingMessage = { type: 'SKIP_WAITING' } as const;
