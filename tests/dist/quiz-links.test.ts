// The build checks quiz references against anchors computed from the lesson sources; this test
// checks the same references against the anchors the built pages really have, and that the
// anchors computed from the sources are exactly the ids of the built lessons' headings.
import { describe, expect, it } from 'vitest';
import { lessonSources, quizContent, readContent } from '../../src/lib/content/collections';
import { scoredItems } from '../../src/lib/quiz/entries';
import { builtLessons, type BuiltPage } from '../support/built-site';
import { projectRoot } from '../support/project';

const lessonPages = new Map(builtLessons().map((page) => [page.path.split('/')[2] ?? '', page]));
const ids = (page: BuiltPage | undefined, selector: string) =>
  page?.document.querySelectorAll(selector).map((element) => element.id) ?? [];

describe('quiz links in the built site', () => {
  it.each(readContent(quizContent, projectRoot).map(({ file, data }) => [file, data] as const))(
    '%s links only to sections that exist',
    (_file, quiz) => {
      for (const item of scoredItems(quiz.items)) {
        const anchors = ids(lessonPages.get(item.ref.lesson), '[id]');
        expect(anchors, `${item.id} → ${item.ref.lesson}#${item.ref.section}`).toContain(item.ref.section);
      }
    },
  );

  it.each(lessonSources(projectRoot).map((lesson) => [lesson.file, lesson] as const))(
    'computes from %s exactly the heading ids its page has, in order',
    (_file, lesson) => {
      const headings = ids(lessonPages.get(lesson.id), '.lesson-body :is(h1, h2, h3, h4, h5, h6)[id]');
      expect(headings.length).toBeGreaterThan(2);
      expect(lesson.anchors).toEqual(headings);
    },
  );
});
