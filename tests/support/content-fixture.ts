// Builds throwaway copies of the course's content layer so tests can feed it broken lessons and
// read the error Astro reports, exactly as an author would see it.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sync } from 'astro';

const projectRoot = resolve(import.meta.dirname, '../..');
// Inside node_modules so the fixture resolves astro and zod from the project's own install.
const fixturesRoot = join(projectRoot, 'node_modules', '.cache', 'content-fixtures');

/**
 * Copies the real content configuration, schemas, domain code and clinical source into a fresh
 * folder, adds the given lesson and quiz files and glossary (YAML; none by default), and runs
 * Astro's content sync (the first step of every build) on it.
 * Resolves when the content is accepted; rejects with Astro's error otherwise.
 */
export async function syncFixture(
  name: string,
  lessons: Record<string, string>,
  quizzes: Record<string, string> = {},
  glossary = '[]\n',
): Promise<void> {
  const root = join(fixturesRoot, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'src', 'content', 'lessons'), { recursive: true });
  await mkdir(join(root, 'src', 'quizzes'), { recursive: true });
  for (const part of ['content.config.ts', 'schemas', 'lib', 'source']) {
    await cp(join(projectRoot, 'src', part), join(root, 'src', part), { recursive: true });
  }
  await writeFile(
    join(root, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  await writeFile(join(root, 'src', 'glossary.yaml'), glossary);
  for (const [file, text] of Object.entries(lessons)) {
    await writeFile(join(root, 'src', 'content', 'lessons', file), text);
  }
  for (const [file, text] of Object.entries(quizzes)) {
    await writeFile(join(root, 'src', 'quizzes', file), text);
  }
  await sync({ root, logLevel: 'silent' });
}
