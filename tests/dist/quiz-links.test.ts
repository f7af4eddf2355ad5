// The build checks quiz references against anchors computed from the lesson sources; this test
// checks the same references against the anchors the built pages really have.
import { describe, expect, it } from 'vitest';
import { scoredItems } from '../../src/lib/quiz/entries';
import { builtLessons } from '../support/built-site';
import { anchorsByLesson, parsedQuizzes } from '../support/quiz-files';

const builtAnchors = new Map(
  builtLessons().map((page) => [
    page.path.split('/')[2] ?? '',
    new Set(page.document.querySelectorAll('[id]').map((element) => element.id)),
  ]),
);

describe('quiz links in the built site', () => {
  it.each(parsedQuizzes().map(({ file, quiz }) => [file, quiz] as const))(
    '%s links only to sections that exist',
    (_file, quiz) => {
      for (const item of scoredItems(quiz.items)) {
        expect(
          builtAnchors.get(item.ref.lesson),
          `${item.id} → ${item.ref.lesson}#${item.ref.section}`,
        ).toContain(item.ref.section);
      }
    },
  );

  it('computes the same anchors from the sources as the build renders', () => {
    for (const [lesson, anchors] of anchorsByLesson()) {
      for (const anchor of anchors) expect(builtAnchors.get(lesson), `${lesson}#${anchor}`).toContain(anchor);
    }
  });
});
