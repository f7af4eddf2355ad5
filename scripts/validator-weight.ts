// What validating untrusted data costs the browser (issue 16): the schemas for what the course
// reads back (stored progress, quiz drafts, assignment links, the LMS launch rules) bundled on
// their own, as a browser would get them: with the checks of src/lib/validation.ts they use and the
// functions that run them, minified, tree-shaken, ESM, gzip level 9.
// Shared by `npm run bench` (the report) and tests/dist/validator-weight.test.ts (the budget,
// `validation` in bench/budgets.json).
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Bytes } from './site-weight.ts';

const projectRoot = resolve(import.meta.dirname, '..');

/** The modules that hold the browser's validators, from the project root. */
export const validatorModules = [
  'src/lib/progress/wire-schema.ts',
  'src/lib/quiz/draft-schema.ts',
  'src/lib/assignment/link-schema.ts',
  'src/lib/lms/rules-schema.ts',
];

/** The functions the course calls to run those schemas (wire.ts, draft.ts, link.ts, rules.ts). */
const runners = ['parse', 'is'];

/**
 * Gzip bytes of everything `modules` export, bundled for the browser with the dependencies they
 * import, plus the functions that run them. Re-exported by name (`export *`), as the site's
 * bundles import them, not as namespace objects, whose getters no page ships (about 110 B gzip
 * more). Two modules exporting one name differently would drop it silently; none does, and
 * tests/dist/validator-weight.test.ts shows each module adds weight.
 */
export async function bundleWeight(modules: readonly string[] = validatorModules): Promise<Bytes> {
  const contents = [
    ...modules.map((module) => `export * from ${JSON.stringify(resolve(projectRoot, module))};`),
    `export { ${runners.join(', ')} } from ${JSON.stringify(resolve(projectRoot, 'src/lib/validation.ts'))};`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.concat(result.outputFiles.map((file) => file.contents));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
