// The content collections, wired: each data collection's reading, schema and checks live in
// src/lib/content/collections.ts, which the tests read too; this file only turns them into Astro
// loaders that fail the build with their messages. Where each kind of content lives:
// src/lib/content/locations.ts.
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import {
  figureContent,
  glossaryContent,
  instructorGuideContent,
  quizContent,
  sourceFactContent,
  type ContentSource,
} from './lib/content/collections';
import { contentLocations } from './lib/content/locations';
import { lessonOrderProblems } from './lib/lesson-order';

/** Fails the load with every problem found, one per line, each naming its file and field. */
function throwIfAny(collection: string, problems: readonly string[]): void {
  if (problems.length > 0)
    throw new Error(`The ${collection} collection is broken:\n- ${problems.join('\n- ')}`);
}

/**
 * A loader for one of the course's data collections: reads the entries, lets Astro validate each
 * by the collection's schema (its error names the file and the field), then runs the checks over
 * the whole collection. In dev it reloads when one of the collection's files changes.
 */
function contentLoader<Schema extends z.ZodType>(name: string, source: ContentSource<Schema>): Loader {
  const load = async (context: LoaderContext) => {
    const root = fileURLToPath(context.config.root);
    const read = source.read(root);
    const entries = [];
    context.store.clear();
    for (const { id, file, data: raw } of read) {
      // The schema refuses anything that is not a record, naming the file and the field.
      const data = await context.parseData({
        id,
        data: raw as Record<string, unknown>,
        filePath: join(root, file),
      });
      context.store.set({ id, data, filePath: file, digest: context.generateDigest(data) });
      entries.push({ id, file, data: data as z.output<Schema> });
    }
    throwIfAny(context.collection, source.check(entries, root));
  };
  return {
    name,
    load: async (context) => {
      await load(context);
      const watched = source.paths.map((path) => join(fileURLToPath(context.config.root), path));
      context.watcher?.add(watched);
      context.watcher?.on('all', (_event, changed) => {
        if (!watched.some((path) => changed === path || changed.startsWith(`${path}${sep}`))) return;
        load(context).catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

/**
 * The glob loader validates each lesson on its own; the order of the whole sequence can only be
 * checked once every lesson is loaded, so this loader wraps glob and fails the build (naming the
 * files and the field) when orders collide or leave a gap.
 */
function lessonLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: `./${contentLocations.lessons}` });
  return {
    name: 'lesson-loader',
    load: async (context) => {
      await files.load(context);
      const lessons = context.store.values().map((entry) => ({
        file: entry.filePath ?? entry.id,
        order: Number(entry.data.order),
      }));
      throwIfAny('lessons', lessonOrderProblems(lessons));
    },
  };
}

export const collections = {
  lessons: defineCollection({ loader: lessonLoader(), schema: lessonSchema }),
  quizzes: defineCollection({
    loader: contentLoader('quiz-loader', quizContent),
    schema: quizContent.schema,
  }),
  glossary: defineCollection({
    loader: contentLoader('glossary-loader', glossaryContent),
    schema: glossaryContent.schema,
  }),
  instructorGuide: defineCollection({
    loader: contentLoader('instructor-guide-loader', instructorGuideContent),
    schema: instructorGuideContent.schema,
  }),
  figures: defineCollection({
    loader: contentLoader('figure-loader', figureContent),
    schema: figureContent.schema,
  }),
  sourceFacts: defineCollection({
    loader: contentLoader('source-fact-loader', sourceFactContent),
    schema: sourceFactContent.schema,
  }),
};
