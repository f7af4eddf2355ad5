// The printable handout holds the whole course: every lesson, in order, with everything its page
// teaches (objectives, text, key points) and none of its controls.
import { describe, expect, it } from 'vitest';
import { builtLessons, builtPages, lessonBody } from '../support/built-site';

const handout = builtPages().find((page) => page.path === '/handout/');
const lessons = builtLessons();
const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe('the course handout', () => {
  if (!handout) throw new Error('dist/handout/index.html was not built');
  const { document } = handout;

  it('has every lesson as a section, in course order', () => {
    const titles = document
      .querySelectorAll('.handout-lesson h2')
      .map((heading) => text(heading.textContent));
    const ordered = lessons
      .map((lesson) => ({
        title: text(lesson.document.querySelector('h1')?.textContent),
        number: Number(
          /Lesson (\d+) of/.exec(lesson.document.querySelector('.eyebrow')?.textContent ?? '')?.[1],
        ),
      }))
      .sort((a, b) => a.number - b.number);
    expect(titles).toEqual(ordered.map(({ title, number }) => `Lesson ${String(number)}: ${title}`));
  });

  it.each(lessons.map((lesson) => [lesson.path, lesson] as const))(
    'carries all the teaching of %s',
    (_path, lesson) => {
      const title = text(lesson.document.querySelector('h1')?.textContent);
      const section = document
        .querySelectorAll('.handout-lesson')
        .find((candidate) => text(candidate.querySelector('h2')?.textContent).endsWith(title));
      expect(section, title).toBeDefined();
      // Term previews and the scripts Astro renders in place are not the lesson's own words.
      for (const element of section?.querySelectorAll('[data-glossary-preview], script') ?? [])
        element.remove();
      const own = text(section?.textContent);
      const body = lessonBody(lesson);
      const taught = [
        ...lesson.document.querySelectorAll('.objectives li'),
        ...body.querySelectorAll('p, li, td, h2'),
      ].map((element) => text(element.textContent));
      for (const piece of taught) expect(own, `${title}: "${piece}"`).toContain(piece);
    },
  );

  it('has no quizzes or lesson navigation', () => {
    expect(document.querySelectorAll('.knowledge-check, nav.pager, nav.toc')).toHaveLength(0);
  });
});
