// The course's data collections, each as one value: where its entries come from, the schema each
// entry must pass, and the checks over the whole collection (references, duplicates, quotes).
// src/content.config.ts wires each into a content collection; tests read the very same values
// (readContent, contentProblems) to check content without building the site. Lessons are MDX and
// loaded by Astro's glob loader; their sources are read here for the anchors and terms they hold.
import type { z } from 'astro/zod';
import { figureSchema, type Figure } from '../../schemas/figure';
import { glossaryTermSchema } from '../../schemas/glossary';
import { lessonGuideSchema } from '../../schemas/instructor-guide';
import { quizSchema } from '../../schemas/quiz';
import { sourceFactSchema } from '../../schemas/source-fact';
import { figureProblems } from '../figures/checks';
import { figureDrawings } from '../figures/drawings';
import { glossaryProblems, unknownTermProblems } from '../glossary';
import { instructorGuideProblems } from '../instructor-guide';
import { lintBuildProblems } from '../quiz/lint-gate';
import { lintCourseFiles } from '../quiz/lint-files';
import { quizCollectionProblems } from '../quiz/references';
import { lessonOutline, type LessonOutline } from './lesson-mdx';
import { contentLocations as at } from './locations';
import {
  fileId,
  filesIn,
  readText,
  yamlFiles,
  yamlListById,
  yamlListByPosition,
  yamlMapEntries,
  type ContentEntry,
  type RawEntry,
} from './read';

/** A collection the course authors, as the build and the tests both read it. */
export interface ContentSource<Schema extends z.ZodType> {
  /** The files or folders it reads, relative to the project root; a change reloads it in dev. */
  paths: readonly string[];
  /** Its entries as read from disk, before validation. `root` is the project root. */
  read: (root: string) => RawEntry[];
  /** What each entry must be. */
  schema: Schema;
  /** Problems across its valid entries, each naming the file and the field. */
  check: (entries: readonly ContentEntry<z.output<Schema>>[], root: string) => string[];
}

/** A lesson's source and what the checks need of it. */
export interface LessonSource extends LessonOutline {
  id: string;
  file: string;
}

/** Every lesson's MDX, read from disk: the checks need it before, or without, the lessons collection. */
export function lessonSources(root: string): LessonSource[] {
  return filesIn(root, at.lessons, '.mdx').map((file) => ({
    id: fileId(file),
    file,
    ...lessonOutline(readText(root, file)),
  }));
}

/** Each lesson's heading anchors, by lesson id. */
export const anchorsByLesson = (lessons: readonly LessonSource[]): Map<string, string[]> =>
  new Map(lessons.map((lesson) => [lesson.id, lesson.anchors]));

/**
 * The quizzes, a YAML file each: references resolve, a lesson has one knowledge check at most, and
 * the item linter's errors (every evidence passage in the source; the other rules once the gate in
 * lib/quiz/lint-gate.ts is on), each naming the file and the item.
 */
export const quizContent = {
  paths: [at.quizzes],
  read: (root) => yamlFiles(root, at.quizzes),
  schema: quizSchema,
  check: (quizzes, root) => [
    ...quizCollectionProblems(
      quizzes.map(({ file, data }) => ({ file, quiz: data })),
      anchorsByLesson(lessonSources(root)),
    ),
    ...lintBuildProblems(lintCourseFiles(root, quizzes)),
  ],
} satisfies ContentSource<typeof quizSchema>;

/** The glossary's terms: quotes in the source, references resolve, and lessons use only its ids. */
export const glossaryContent = {
  paths: [at.glossary],
  read: (root) => yamlListById(root, at.glossary),
  schema: glossaryTermSchema,
  check: (terms, root) => {
    const lessons = lessonSources(root);
    return [
      ...glossaryProblems(
        at.glossary,
        terms.map((term) => term.data),
        readText(root, at.source),
        anchorsByLesson(lessons),
      ),
      ...unknownTermProblems(
        at.glossary,
        new Map(lessons.map((lesson) => [lesson.file, lesson.termIds])),
        new Set(terms.map((term) => term.id)),
      ),
    ];
  },
} satisfies ContentSource<typeof glossaryTermSchema>;

/** The instructor guide's class material, one entry per lesson and none for any other. */
export const instructorGuideContent = {
  paths: [at.instructorGuide],
  read: (root) => yamlMapEntries(root, at.instructorGuide, 'lessons'),
  schema: lessonGuideSchema,
  check: (guides, root) =>
    instructorGuideProblems(
      at.instructorGuide,
      guides.map((guide) => guide.id),
      filesIn(root, at.lessons, '.mdx').map(fileId),
    ),
} satisfies ContentSource<typeof lessonGuideSchema>;

/** The figures' words, a YAML file each, against the source and the drawing of the same id. */
export const figureContent = {
  paths: [at.figures],
  read: (root) => yamlFiles(root, at.figures),
  schema: figureSchema,
  check: (figures, root) =>
    figures.flatMap(({ id, file, data }) => {
      const drawing = figureDrawings[id];
      if (!drawing)
        return [
          `${file}: there is no drawing for a figure "${id}" (drawings: ${Object.keys(figureDrawings).join(', ')}).`,
        ];
      return figureProblems(file, data, readText(root, at.source), drawing);
    }),
} satisfies ContentSource<typeof figureSchema>;

/** The facts the source's paragraphs state, with the evidence the coverage test looks for. */
export const sourceFactContent = {
  paths: [at.sourceFacts],
  read: (root) => yamlListByPosition(root, at.sourceFacts),
  schema: sourceFactSchema,
  // Whether each fact reaches the learner is a question for the built site (tests/dist/coverage).
  check: () => [],
} satisfies ContentSource<typeof sourceFactSchema>;

/** The issues of a failed parse, each as `field "a.b": message`. */
function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `field "${issue.path.join('.')}": ${issue.message}`);
}

/**
 * A collection's entries, read and validated, for code outside the content layer (tests, scripts).
 * Throws on the first invalid entry, naming the file, the entry and each field.
 */
export function readContent<Schema extends z.ZodType>(
  source: ContentSource<Schema>,
  root: string,
): ContentEntry<z.output<Schema>>[] {
  return source.read(root).map((entry) => {
    const result = source.schema.safeParse(entry.data);
    if (!result.success)
      throw new Error(`${entry.file}, entry "${entry.id}":\n- ${issueLines(result.error).join('\n- ')}`);
    return { ...entry, data: result.data };
  });
}

/** Every problem the build's checks find in a collection (its entries must be valid). */
export function contentProblems<Schema extends z.ZodType>(
  source: ContentSource<Schema>,
  root: string,
): string[] {
  return source.check(readContent(source, root), root);
}

/** One figure's content, read and validated, for tests (pages read it through src/site/figures.ts). */
export function readFigure(root: string, id: string): Figure {
  const figure = readContent(figureContent, root).find((entry) => entry.id === id);
  if (!figure) throw new Error(`There is no figure "${id}" in ${at.figures}/.`);
  return figure.data;
}
