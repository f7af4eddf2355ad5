// The offline worker's registration (components/offline/register-worker.ts), against stand-ins for
// the browser's service worker objects: which prompt events the worker's life gives each tab.
import { describe, expect, it, vi } from 'vitest';
import {
  registerWorker,
  type WorkerContainer,
  type WorkerEvent,
} from '../../src/components/offline/register-worker';

class FakeWorker extends EventTarget {
  state = 'installing';
  readonly postMessage = vi.fn();
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  /** A new worker is found and installs. */
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    worker.become('installed');
    this.installing = null;
    if (this.active) this.waiting = worker;
    else this.active = worker;
  }
}

/** Lets the promises already resolved run their callbacks. */
async function settled() {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

/** A tab: its container (controlled by a worker or not) and the events its prompt hears. */
async function openTab(registration: FakeRegistration, controlled: boolean) {
  const container = new EventTarget() as EventTarget & { controller: unknown; register: unknown };
  container.controller = controlled ? {} : null;
  const register = vi.fn(() => Promise.resolve(registration));
  container.register = register;
  const events: WorkerEvent[] = [];
  const worker = registerWorker(container as unknown as WorkerContainer, '/sw.js', '/', (event) =>
    events.push(event),
  );
  await settled();
  return { container, register, events, worker };
}

describe('registering the offline worker', () => {
  it('registers the generated worker at the site root, and says the course works offline on first install', async () => {
    const registration = new FakeRegistration();
    const tab = await openTab(registration, false);
    expect(tab.register).toHaveBeenCalledWith('/sw.js', { scope: '/', type: 'classic' });
    registration.found(new FakeWorker());
    expect(tab.events).toEqual(['offline-ready']);
  });

  it('offers a new version found while the page is open, or already waiting when it opened', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker();
    const tab = await openTab(registration, true);
    registration.found(new FakeWorker());
    expect(tab.events).toEqual(['waiting']);
    const later = await openTab(registration, true);
    expect(later.events).toEqual(['waiting']);
  });

  it('asks only the waiting worker to take over, with the message the generated worker listens for', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker();
    const tab = await openTab(registration, true);
    const next = new FakeWorker();
    registration.found(next);
    tab.worker.skipWaiting();
    await Promise.resolve();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(registration.active.postMessage).not.toHaveBeenCalled();
  });

  it('tells a tab an older worker controlled that the new one took over; never a first visit', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker();
    const [updating, first] = [await openTab(registration, true), await openTab(registration, false)];
    for (const tab of [updating, first]) tab.container.dispatchEvent(new Event('controllerchange'));
    expect(updating.events).toEqual(['took-control']);
    expect(first.events).toEqual([]);
  });

  it('goes on without a worker where the browser refuses one', async () => {
    const container = new EventTarget() as EventTarget & { controller: unknown; register: unknown };
    container.controller = null;
    container.register = () => Promise.reject(new Error('blocked'));
    const events: WorkerEvent[] = [];
    const worker = registerWorker(container as unknown as WorkerContainer, '/sw.js', '/', (event) =>
      events.push(event),
    );
    worker.skipWaiting();
    await settled();
    expect(events).toEqual([]);
  });
});
