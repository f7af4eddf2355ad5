// Stands in for `virtual:pwa-register` in the LMS package build, which has no service worker
// (see integrations/offline/integration.ts): registering does nothing, and no update is ever offered.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
