// Builds throwaway copies of the course's content layer so tests can feed it broken lessons and
// read the error Astro reports, exactly as an author would see it.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sync } from 'astro';
import { stringify } from 'yaml';
import { contentLocations } from '../../src/lib/content/locations';
import { projectRoot } from './project';

// Inside node_modules so the fixture resolves astro and zod from the project's own install.
const fixturesRoot = join(projectRoot, 'node_modules', '.cache', 'content-fixtures');

/** A valid instructor guide entry, so a fixture's lessons each have one. */
const guideEntry = {
  prompts: ['Explain what clonus is in your own words.', 'Describe the four key features of clonus.'],
  scenario: {
    title: 'A scenario',
    text: 'A scenario used only by the authoring tests, long enough for the schema.',
    questions: ['What do you notice first?', 'What would you check next?'],
    answerNotes: 'Notes on the answers, traceable to the source.',
  },
};

/** Content a fixture may replace: file name → text for folders, the text for single files. */
export interface FixtureContent {
  quizzes?: Record<string, string>;
  /** @default an empty list */
  glossary?: string;
  /** @default an entry for every fixture lesson */
  instructorGuide?: string;
  /** @default the course's own figures */
  figures?: Record<string, string>;
  /** @default the course's own source facts */
  sourceFacts?: string;
  /** Copied project files to replace, by path from the root (e.g. a switch in src/lib). @default none */
  overrides?: Record<string, string>;
}

/**
 * Copies the real content configuration, schemas, domain code, clinical source, figures and source
 * facts into a fresh folder, adds the given lessons and any content given, and runs Astro's
 * content sync (the first step of every build) on it.
 * Resolves when the content is accepted; rejects with Astro's error otherwise.
 */
export async function syncFixture(
  name: string,
  lessons: Record<string, string>,
  content: FixtureContent = {},
): Promise<void> {
  const root = join(fixturesRoot, name);
  const at = (path: string) => join(root, path);
  await rm(root, { recursive: true, force: true });
  for (const folder of [contentLocations.lessons, contentLocations.quizzes])
    await mkdir(at(folder), { recursive: true });
  for (const part of [
    'src/content.config.ts',
    'src/schemas',
    'src/lib',
    contentLocations.source,
    contentLocations.figures,
    contentLocations.sourceFacts,
  ]) {
    await cp(join(projectRoot, part), at(part), { recursive: true });
  }
  await writeFile(
    at('astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  const lessonIds = Object.keys(lessons).map((file) => file.replace(/\.mdx$/, ''));
  const guide = { lessons: Object.fromEntries(lessonIds.map((id) => [id, guideEntry])) };
  await writeFile(at(contentLocations.glossary), content.glossary ?? '[]\n');
  await writeFile(at(contentLocations.instructorGuide), content.instructorGuide ?? stringify(guide));
  if (content.sourceFacts !== undefined)
    await writeFile(at(contentLocations.sourceFacts), content.sourceFacts);
  const folders = [
    [contentLocations.lessons, lessons],
    [contentLocations.quizzes, content.quizzes ?? {}],
    [contentLocations.figures, content.figures ?? {}],
  ] as const;
  for (const [folder, files] of folders)
    for (const [file, text] of Object.entries(files)) await writeFile(at(`${folder}/${file}`), text);
  for (const [path, text] of Object.entries(content.overrides ?? {})) await writeFile(at(path), text);
  await sync({ root, logLevel: 'silent' });
}
