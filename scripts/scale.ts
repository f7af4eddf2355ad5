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
      const lesson = readFileSync(join(lessonsDir, `${base}.mdx`), 'utf8')
        .replace(/^title: (.*)$/m, `title: $1 (copy ${String(n + 1)})`)
        .replace(/^order: \d+$/m, `order: ${String(real.length + n + 1)}`);
      writeFileSync(join(lessonsDir, `${id}.mdx`), lesson);
      guide.lessons[id] = guide.lessons[base];
      if (n < checkCopies) {
        const check = readFileSync(join(quizzesDir, `check-${base}.yaml`), 'utf8')
          .replaceAll(`lesson: ${base}`, `lesson: ${id}`)
          .replace(/^title: '(.*)'$/m, `title: '$1 (copy ${String(n + 1)})'`);
        writeFileSync(join(quizzesDir, `check-${id}.yaml`), check);
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
