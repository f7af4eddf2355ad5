// The one place scripts find and run Astro: `npm run bench`, `npm run package` and the synthetic
// course all build through `buildSite`, quietly and timed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This project's folder. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Astro's command line, run with this Node (the pinned one under npm) from any project folder. */
export const astroCli = (root = projectRoot) => join(root, 'node_modules/astro/bin/astro.mjs');

export interface RunOptions {
  /** Folder to run in; the project by default. */
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
}

/** Runs a Node script with this Node, its output hidden but its errors shown, and times it. */
export function runQuietly(args: string[], { cwd = projectRoot, env }: RunOptions = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd,
    env: env && { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { ok: run.status === 0, seconds: (performance.now() - started) / 1000 };
}

/** `astro build` in a project folder (this one by default), quietly and timed. */
export const buildSite = ({
  root = projectRoot,
  env,
}: { root?: string; env?: Record<string, string> } = {}) =>
  runQuietly([astroCli(root), 'build'], { cwd: root, ...(env ? { env } : {}) });
