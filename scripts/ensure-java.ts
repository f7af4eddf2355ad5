// Makes sure the HTML check of the built pages (tests/dist/valid-html.test.ts runs the W3C Nu
// checker, a Java program, from the vnu-jar package) has Java, saying what it does:
// 1. a `java` command already there is used as it is;
// 2. as root on Debian, Debian's default-jre-headless is installed with apt-get;
// 3. anywhere else, vnu-jar downloads a Java runtime into node_modules/.cache/vnu-jar/ when the
//    check first runs (from github.com); where that cannot work, the check fails saying so.
import { spawnSync } from 'node:child_process';
import { aptInstall, canInstallWithApt } from './apt.ts';

/** The first line `java -version` prints, or undefined when there is no `java` to run. */
function javaVersion(): string | undefined {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stderr.split('\n')[0] : undefined;
}

const found = javaVersion();
if (found) {
  console.log(`HTML check: using the system Java (${found}).`);
} else if (canInstallWithApt()) {
  console.log("HTML check: no Java found; installing Debian's default-jre-headless with apt-get…");
  aptInstall('default-jre-headless');
  console.log(`HTML check: installed Java (${javaVersion() ?? 'not found after all'}).`);
} else {
  console.log(
    'HTML check: no Java found; the checker (vnu-jar) will try to download a Java runtime into node_modules/.cache/vnu-jar/.',
  );
}
