// Fault injection: every page where work happens, under every way a browser's storage fails, and
// work in two tabs at once. Each case asserts the same two things:
// 1. no record is lost: what was saved before is still there, untouched (and in two tabs, both
//    tabs' work is kept);
// 2. no message claims a save that did not happen: no "saved" wording while the browser kept
//    nothing, and the note about progress is on screen.
// The LMS faults (an LMS refusing each call, a missing LMS, two LMS windows) are in
// tests/unit/lms/faults.test.ts, with the main ones under scorm-again in lms-records.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import * as actions from '../../src/lib/progress/actions';
import { emptyProgress, type Progress } from '../../src/lib/progress/model';
import { progressKey } from '../../src/lib/progress/store';
import { exportFileText } from '../../src/lib/progress/transfer';
import { decodeProgress, encodeProgress } from '../../src/lib/progress/wire';
import { courseLessonIds, postTestId, studied } from '../support/course-records';
import { passPostTest } from './post-test';
import { breakStorage, stored, type StorageFault } from './support/storage-faults';

const now = Math.floor(Date.now() / 1000) - 3600;

/** A learner who has done everything but name their certificate: every lesson studied and checked. */
const finished: Progress = (() => {
  let progress = emptyProgress();
  for (const id of courseLessonIds) progress = studied(progress, id, now);
  progress = actions.recordQuizAttempt(progress, postTestId, {
    at: now,
    seconds: 60,
    score: 18,
    max: 18,
    items: {},
  });
  return actions.submitEvaluation(
    progress,
    { objectives: ['yes', 'yes', 'yes', 'yes', 'yes'], relevance: 5, comment: '' },
    now,
  );
})();
/** A learner who has read one lesson. */
const started = actions.reachLessonEnd(emptyProgress(), 'complications', now);

/** The end of a lesson reached and saved, its knowledge check still to do: no word of a failed save. */
const endReachedAndSaved = /^Reached the end ✓ — still needed to complete this lesson: [^.]*\.$/;

/** Words that claim a save: none may show while the browser keeps nothing. */
const savedClaims = [
  'Lesson complete. Your progress is saved.',
  endReachedAndSaved,
  /Saved to My progress/,
  'Thank you. Your evaluation is saved.',
  'Progress imported and combined with the progress already here.',
];

async function expectNoSaveClaimed(page: Page) {
  for (const claim of savedClaims) await expect(page.getByText(claim)).toHaveCount(0);
  await expect(page.getByText('About your progress').first()).toBeVisible();
}

/** Answers every question of the quiz in view with whatever comes first, until each is finished. */
async function finishQuiz(page: Page, total: number) {
  for (let number = 1; number <= total; number += 1) {
    const question = page.getByRole('group', { name: `Question ${String(number)} of ${String(total)}` });
    for (let tries = 0; tries < 3; tries += 1) {
      const groups = await question
        .getByRole('radio')
        .evaluateAll((radios) => [...new Set(radios.map((radio) => (radio as HTMLInputElement).name))]);
      for (const group of groups) await question.locator(`input[name="${group}"]`).first().check();
      const boxes = question.getByRole('checkbox');
      if ((await boxes.count()) > 0) await boxes.first().check();
      await question.getByRole('button', { name: 'Check answer' }).click();
      const again = question.getByRole('button', { name: 'Try again' });
      await expect(question.getByText(/ points?\./).first()).toBeVisible();
      if (!(await again.isVisible())) break;
      await again.click();
    }
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

/** Each page where work happens: what the learner does there, and the record it needs first. */
const kinds: { name: string; seed: Progress; act: (page: Page) => Promise<void> }[] = [
  {
    name: 'a lesson read to its end',
    seed: started,
    act: async (page) => {
      await page.goto('/lessons/what-is-clonus/');
      await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
      await expect(
        page.getByText(/^Reached the end ✓ — still needed .* Your progress was not saved for good/),
      ).toBeAttached();
    },
  },
  {
    name: 'a lesson’s knowledge check',
    seed: started,
    act: async (page) => {
      await page.goto('/lessons/what-is-clonus/#knowledge-check');
      await finishQuiz(page, 4);
      await expect(page.getByText(/Not saved for good\. The note about your progress/)).toBeVisible();
    },
  },
  {
    name: 'a topic quiz',
    seed: started,
    act: async (page) => {
      await page.goto('/quizzes/topic-red-flags/');
      await finishQuiz(page, 10);
      await expect(page.getByText(/Not saved for good\. The note about your progress/)).toBeVisible();
    },
  },
  {
    name: 'the post-test',
    seed: started,
    act: async (page) => {
      await page.goto('/post-test/');
      await passPostTest(page);
      await expect(page.getByText(/Not saved for good\. The note about your progress/)).toBeVisible();
    },
  },
  {
    name: 'the evaluation',
    seed: started,
    act: async (page) => {
      await page.goto('/evaluation/');
      const objectives = page.getByRole('group', { name: /Did the course meet this objective/ });
      await expect(objectives).toHaveCount(5);
      for (const group of await objectives.all()) await group.getByRole('radio', { name: 'Yes' }).check();
      await page
        .getByRole('group', { name: /How relevant/ })
        .getByRole('radio', { name: '4' })
        .check();
      await page.getByRole('button', { name: 'Submit evaluation' }).click();
      await expect(page.getByText(/it was not saved for good/)).toBeVisible();
    },
  },
  {
    name: 'the certificate’s name',
    seed: finished,
    act: async (page) => {
      await page.goto('/certificate/');
      await page.getByLabel('Your name as it should appear on the certificate').fill('Alex Nguyễn');
      await page.getByRole('button', { name: 'Show my certificate' }).click();
      await expect(page.getByRole('alert')).toContainText('it was not saved for good');
    },
  },
  {
    name: 'an import on My progress',
    seed: started,
    act: async (page) => {
      await page.goto('/progress/');
      const file = exportFileText(actions.openLesson(emptyProgress(), 'disease-causes', now), new Date());
      await page.getByLabel('Import progress from a file').setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      });
      await expect(page.getByText(/Progress imported, but not saved for good/)).toBeVisible();
    },
  },
];

const faults: StorageFault[] = ['blocked', 'read-only', 'full'];

for (const fault of faults) {
  test.describe(`storage ${fault}`, () => {
    for (const kind of kinds) {
      // Blocked storage holds no record, so there is no certificate to name.
      if (fault === 'blocked' && kind.seed === finished) continue;
      test(`${kind.name}: nothing saved is lost, and nothing claims a save`, async ({ page }) => {
        // The post-test and a topic quiz are eighteen and ten questions long.
        test.setTimeout(120_000);
        const seed = encodeProgress(kind.seed);
        await breakStorage(page, fault, fault === 'blocked' ? {} : { [progressKey]: seed });
        await kind.act(page);
        await expectNoSaveClaimed(page);
        expect(await stored(page, progressKey)).toBe(fault === 'blocked' ? null : seed);
      });
    }
  });
}

/** Work done in one tab while another tab, opened before it, completes a lesson of its own. */
const twoTabWork: { name: string; act: (page: Page) => Promise<void>; kept: (progress: Progress) => void }[] =
  [
    {
      name: 'a lesson',
      act: async (page) => {
        await page.goto('/lessons/what-is-clonus/');
        await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
        await expect(page.getByText(endReachedAndSaved)).toBeAttached();
      },
      kept: (progress) => {
        expect(progress.lessons['what-is-clonus']?.endReachedAt).toBeDefined();
      },
    },
    {
      name: 'a knowledge check',
      act: async (page) => {
        await page.goto('/lessons/what-is-clonus/#knowledge-check');
        await finishQuiz(page, 4);
        await expect(page.getByText('Saved to My progress.', { exact: true })).toBeVisible();
      },
      kept: (progress) => {
        expect(progress.quizzes['check-what-is-clonus']).toHaveLength(1);
      },
    },
    {
      name: 'the evaluation',
      act: async (page) => {
        await page.goto('/evaluation/');
        const objectives = page.getByRole('group', { name: /Did the course meet this objective/ });
        await expect(objectives).toHaveCount(5);
        for (const group of await objectives.all())
          await group.getByRole('radio', { name: 'Partly' }).check();
        await page
          .getByRole('group', { name: /How relevant/ })
          .getByRole('radio', { name: '3' })
          .check();
        await page.getByRole('button', { name: 'Submit evaluation' }).click();
        await expect(page.getByText('Thank you. Your evaluation is saved.')).toBeVisible();
      },
      kept: (progress) => {
        expect(progress.evaluation?.relevance).toBe(3);
      },
    },
  ];

test.describe('two tabs', () => {
  for (const work of twoTabWork) {
    test(`${work.name} in one tab and a lesson in another: both are kept`, async ({ context }) => {
      const [one, two] = [await context.newPage(), await context.newPage()];
      await two.goto('/lessons/complications/');
      await expect(two.getByText('Lesson 5 of 6')).toBeVisible();
      await work.act(one);
      await two.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
      await expect(two.getByText(endReachedAndSaved)).toBeAttached();
      // Whichever tab saved last, the browser holds both tabs' work.
      await expect(async () => {
        const record = decodeProgress(await one.evaluate((key) => localStorage.getItem(key), progressKey));
        expect(record.progress.lessons.complications?.endReachedAt).toBeDefined();
        work.kept(record.progress);
      }).toPass();
    });
  }
});
