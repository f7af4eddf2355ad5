// The course at scale, for the bench: a synthetic course of 200 lessons and 200 quizzes built in
// a temporary folder, so growth in build time and page weight can be seen next to the real
// course. The six real lessons and ten real quizzes stay (the glossary and post-test refer to
// them); copies of the real lessons, renamed and renumbered, make up the rest, each copy with a
// copy of its lesson's knowledge check pointing at it.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildSite, projectRoot } from './build-runner.ts';
import { median } from './median.ts';
import { measureSite } from './site-weight.ts';

export const lessonTarget = 200;
export const quizTarget = 200;

/**
 * What "scales linearly" means here (issue 16): the synthetic course, with 33 times the lessons,
 * builds in at most 2.5 times the real course's time (a fixed cost dominates a small build), and
 * its median lesson weighs what a real one does: nothing on a lesson page may grow with the
 * number of lessons. 5% allows for the copies' longer titles ("… (copy 120)").
 */
export const scaleLimits = { buildTimeRatio: 2.5, lessonWeightRatio: 1.05 };

const alphabet = Array.from({ length: 26 }, (_, index) => String.fromCharCode(97 + index));

/** The alphabet in copy `n`'s own order: a Fisher–Yates shuffle driven by a small generator (an LCG). */
function substitution(n: number): string[] {
  let state = (n * 2654435761) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const letters = [...alphabet];
  for (let index = letters.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [letters[index], letters[other]] = [letters[other] ?? '', letters[index] ?? ''];
  }
  return letters;
}

/**
 * `text` in copy `n`'s own words: each letter replaced by copy `n`'s own letter substitution, so
 * every word keeps its length (the items keep their shape, and the key-length rule holds) but no
 * copy shares its words with the real course or another copy. A real course's items and
 * scenarios are each its own writing, and the item linter fails the build on near-copies
 * (lib/quiz/lint.ts).
 */
export function distinctWords(text: string, n: number): string {
  const substitute = substitution(n);
  const letter = (character: string) => {
    const lower = character.toLowerCase();
    const replaced = substitute[alphabet.indexOf(lower)] ?? lower;
    return character === lower ? replaced : replaced.toUpperCase();
  };
  return text.replace(/[A-Za-z]/g, letter);
}

/**
 * The raw lines of a lesson's "Apply it" scenario (lib/content/apply-it.ts reads the same part as
 * plain text): from its heading to the next heading, component or "Check yourself".
 */
function applyItParagraphs(mdx: string): string[] {
  const lines = mdx.split('\n');
  const start = lines.findIndex((line) => /^#+\s+Apply it\s*$/.test(line));
  if (start === -1) return [];
  const end = lines.findIndex(
    (line, index) => index > start && (/^#|^</.test(line) || /^check yourself:?\s*$/i.test(line.trim())),
  );
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.trim() !== '');
}

/** `distinctWords` on the text of a line of MDX, leaving its tags and expressions as they are. */
const distinctProse = (line: string, n: number) =>
  line
    .split(/(<[^>]*>|\{[^}]*\})/)
    .map((part) => (/^[<{]/.test(part) ? part : distinctWords(part, n)))
    .join('');

/** The fields of a quiz the linter compares between items: stems and what learners choose from. */
const comparedFields = new Set(['stem', 'text', 'passage', 'vignette', 'prompt']);

/** A copy of a parsed quiz with the compared fields made distinct (see `distinctWords`). */
function distinctQuiz(value: unknown, n: number, compared = false): unknown {
  if (typeof value === 'string') return compared ? distinctWords(value, n) : value;
  if (Array.isArray(value)) return value.map((entry) => distinctQuiz(entry, n, compared));
  if (typeof value !== 'object' || value === null) return value;
  // Inside a compared field (a highlight passage's list of text and choices), only text changes.
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      key === 'id' ? field : distinctQuiz(field, n, comparedFields.has(key) || (compared && key === 'text')),
    ]),
  );
}

/** Builds the synthetic course and returns its build time and page weights. */
export function benchSyntheticCourse() {
  const root = mkdtempSync(join(tmpdir(), 'clonus-scale-'));
  try {
    for (const entry of [
      'src',
      'public',
      'integrations',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
    ])
      cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');

    const lessonsDir = join(root, 'src/content/lessons');
    const quizzesDir = join(root, 'src/quizzes');
    const real = readdirSync(lessonsDir).filter((file) => file.endsWith('.mdx'));
    const realQuizzes = readdirSync(quizzesDir).filter((file) => file.endsWith('.yaml')).length;
    const copies = lessonTarget - real.length;
    const guideFile = join(root, 'src/content/instructor-guide.yaml');
    const guide = parse(readFileSync(guideFile, 'utf8')) as { lessons: Record<string, unknown> };
    const checkCopies = quizTarget - realQuizzes;
    for (let n = 0; n < copies; n += 1) {
      const base = real[n % real.length]?.replace(/\.mdx$/, '') ?? '';
      const id = `${base}-copy-${String(n + 1)}`;
      const original = readFileSync(join(lessonsDir, `${base}.mdx`), 'utf8');
      const scenario = applyItParagraphs(original);
      const lesson = scenario
        .reduce((text, paragraph) => text.replace(paragraph, distinctProse(paragraph, n + 1)), original)
        .replace(/^title: (.*)$/m, `title: $1 (copy ${String(n + 1)})`)
        .replace(/^order: \d+$/m, `order: ${String(real.length + n + 1)}`);
      writeFileSync(join(lessonsDir, `${id}.mdx`), lesson);
      guide.lessons[id] = guide.lessons[base];
      if (n < checkCopies) {
        const check = parse(
          readFileSync(join(quizzesDir, `check-${base}.yaml`), 'utf8')
            .replaceAll(`lesson: ${base}`, `lesson: ${id}`)
            .replace(/^title: '(.*)'$/m, `title: '$1 (copy ${String(n + 1)})'`),
        ) as unknown;
        writeFileSync(join(quizzesDir, `check-${id}.yaml`), stringify(distinctQuiz(check, n + 1)));
      }
    }

    writeFileSync(guideFile, stringify(guide));

    const { ok, seconds: buildSeconds } = buildSite({ root });
    if (!ok) throw new Error('The synthetic course failed to build.');
    const pages = measureSite(join(root, 'dist'));
    const lessons = pages.filter((page) => page.page.startsWith('/lessons/'));
    return {
      lessons: lessons.length,
      quizzes: quizTarget,
      pages: pages.length,
      buildSeconds,
      medianLessonGzip: median(lessons.map((page) => page.total.gzip)),
      largestPage: pages.reduce((top, page) => (page.total.gzip > top.total.gzip ? page : top)),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
