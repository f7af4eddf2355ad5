import { readFileSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { glossaryTermSchema, type GlossaryTerm } from './schemas/glossary';
import { lessonGuideSchema } from './schemas/instructor-guide';
import { lessonSchema } from './schemas/lesson';
import { quizSchema, scoredItems, type Quiz } from './schemas/quiz';
import { lessonOrderProblems } from './lib/lesson-order';
import { lessonAnchors, quizRefProblems } from './lib/lesson-anchors';
import { glossaryProblems, unknownTermProblems } from './lib/glossary';

const lessonsFolder = './src/content/lessons';

/**
 * The glob loader validates each lesson on its own; the order of the whole sequence can only be
 * checked once every lesson is loaded, so this loader wraps glob and fails the build (naming the
 * files and the field) when orders collide or leave a gap.
 */
function lessonLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: lessonsFolder });
  return {
    name: 'lesson-loader',
    load: async (context) => {
      await files.load(context);
      const lessons = context.store.values().map((entry) => ({
        file: entry.filePath ?? entry.id,
        order: Number(entry.data.order),
      }));
      const problems = lessonOrderProblems(lessons);
      if (problems.length > 0) {
        throw new Error(`Lesson order is broken:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}

/** The MDX source of every lesson by file name, read from disk (the lessons may not be loaded yet). */
function lessonSources(root: URL): Map<string, string> {
  const folder = new URL(`${lessonsFolder}/`, root);
  const files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
  return new Map(files.map((file) => [file, readFileSync(new URL(file, folder), 'utf8')]));
}

/** Anchors of every lesson, by lesson id. */
function anchorsByLesson(root: URL): Map<string, string[]> {
  return new Map(
    [...lessonSources(root)].map(([file, mdx]) => [file.replace(/\.mdx$/, ''), lessonAnchors(mdx)]),
  );
}

/**
 * Quizzes are validated one by one by their schema; whether their references point at real
 * lesson sections, and whether two knowledge checks claim one lesson, needs every quiz and
 * lesson, so this loader checks that after glob has loaded them.
 */
function quizLoader(): Loader {
  const files = glob({ pattern: '**/*.yaml', base: './src/quizzes' });
  return {
    name: 'quiz-loader',
    load: async (context) => {
      await files.load(context);
      const quizzes = context.store
        .values()
        .map((entry) => ({ file: entry.filePath ?? entry.id, quiz: entry.data as Quiz }));
      const problems = quizRefProblems(
        quizzes.map(({ file, quiz }) => ({
          file,
          lesson: quiz.lesson,
          refs: scoredItems(quiz.items).map((item) => ({ itemId: item.id, ...item.ref })),
        })),
        anchorsByLesson(context.config.root),
      );
      const checks = quizzes.filter(({ quiz }) => quiz.kind === 'knowledge-check');
      for (const { file, quiz } of checks) {
        const others = checks.filter((other) => other.quiz.lesson === quiz.lesson && other.file !== file);
        if (others.length > 0)
          problems.push(
            `${file}: field "lesson": lesson "${String(quiz.lesson)}" already has a knowledge check (${others.map((other) => other.file).join(', ')}).`,
          );
      }
      if (problems.length > 0) throw new Error(`Quiz references are broken:\n- ${problems.join('\n- ')}`);
    },
  };
}

const glossaryFile = 'src/glossary.yaml';

/**
 * The file loader validates each glossary term on its own; this loader then checks what needs
 * the source and the lessons: each quote is in the source, each lesson and section exists, and
 * every `<Term id>` in a lesson names a term. Any problem fails the build naming the file.
 */
function glossaryLoader(): Loader {
  const terms = file(glossaryFile);
  return {
    name: 'glossary-loader',
    load: async (context) => {
      const root = context.config.root;
      // The file loader only logs a missing or unreadable file and carries on with no terms; the
      // author should instead learn what is wrong with the file.
      let parsed: unknown;
      try {
        parsed = parseYaml(readFileSync(new URL(glossaryFile, root), 'utf8'));
      } catch (error) {
        throw new Error(`${glossaryFile}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      if (!Array.isArray(parsed)) throw new Error(`${glossaryFile}: the file must be a YAML list of terms.`);
      await terms.load(context);
      const entries = context.store.values().map((entry) => entry.data as GlossaryTerm);
      const problems = [
        ...glossaryProblems(
          glossaryFile,
          entries,
          readFileSync(new URL('src/source/clonus.txt', root), 'utf8'),
          anchorsByLesson(root),
        ),
        ...unknownTermProblems(
          new Map([...lessonSources(root)].map(([name, mdx]) => [`${lessonsFolder.slice(2)}/${name}`, mdx])),
          new Set(entries.map((entry) => entry.id)),
        ),
      ];
      if (problems.length > 0) throw new Error(`The glossary is broken:\n- ${problems.join('\n- ')}`);
    },
  };
}

const lessons = defineCollection({ loader: lessonLoader(), schema: lessonSchema });
const quizzes = defineCollection({ loader: quizLoader(), schema: quizSchema });

/** The instructor guide's class material, one entry per lesson id under `lessons:`. */
const instructorGuide = defineCollection({
  loader: file('src/instructor-guide.yaml', {
    parser: (text) =>
      (parseYaml(text) as { lessons?: Record<string, Record<string, unknown>> }).lessons ?? {},
  }),
  schema: lessonGuideSchema,
});

/** The glossary's terms, one entry per item of `src/glossary.yaml`. */
const glossary = defineCollection({ loader: glossaryLoader(), schema: glossaryTermSchema });

export const collections = { lessons, quizzes, instructorGuide, glossary };
