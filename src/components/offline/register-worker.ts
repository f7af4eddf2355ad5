// Registers the offline worker with the browser's own API and turns what the worker does into the
// update prompt's events (lib/offline/update.ts decides what each one means for this tab). Without
// workbox-window, which did the same in ten times the bytes, on every page.
//
// - `offline-ready`: the first worker installed: the course now works offline;
// - `waiting`: a new version is installed and waits (found now, or already waiting when the page
//   opened);
// - `took-control`: a new worker took over this page, which an older one controlled.
import { skipWaitingMessage } from '../../lib/offline/worker';

export type WorkerEvent = 'offline-ready' | 'waiting' | 'took-control';

/** The parts of `navigator.serviceWorker` used here, for tests to stand in for. */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'controller' | 'register' | 'addEventListener'>;

export interface WorkerRegistration {
  /** Tells the waiting worker to take over (it answers with `took-control` in every tab). */
  skipWaiting(): void;
}

export function registerWorker(
  container: WorkerContainer,
  url: string,
  scope: string,
  on: (event: WorkerEvent) => void,
): WorkerRegistration {
  // A page an older worker controls hears of a new one taking over; a page no worker controlled
  // (the very first visit) does not, as the first worker does not claim it.
  const updating = container.controller !== null;
  const registered = container.register(url, { scope, type: 'classic' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // No registration at all where workers are blocked (as the browser tests block them).
      if (!registration) return undefined;
      if (registration.waiting) on('waiting');
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state !== 'installed') return;
          // Installed beside an active worker, it waits; with none, it is the first and activates.
          on(registration.active ? 'waiting' : 'offline-ready');
        });
      });
      return registration;
    },
    // Refused (storage blocked, an unsupported context): the course works on, online only.
    () => undefined,
  );
  container.addEventListener('controllerchange', () => {
    if (updating) on('took-control');
  });
  return {
    skipWaiting() {
      void registered.then((registration) => registration?.waiting?.postMessage(skipWaitingMessage));
    },
  };
}
