// Installs a system package a test step needs, where the test command may do it unasked: as root
// on Debian (CI and the team's machines), with Debian's own packages. Used by ensure-chromium.ts
// and ensure-java.ts, which say what they do before they do it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs a shell command, its output shown; throws if it fails. */
export function run(command: string): void {
  execSync(command, { stdio: 'inherit' });
}

/** Root on Debian: apt-get can install without asking anyone. */
export const canInstallWithApt = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version');

export function aptInstall(debianPackage: string): void {
  run('apt-get update -qq');
  run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`);
}
