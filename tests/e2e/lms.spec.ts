// The LMS packages against a real SCORM runtime (scorm-again), served from a nested folder as an
// LMS serves them: a learner completes the lessons and passes the post-test inside the LMS's
// frame, the test reads what the course reported, closes the activity, and launches it again.
import { expect, test } from '@playwright/test';
import { course } from '../../src/course';
import { suspendDataLimit } from '../../src/lib/lms/tracking';
import { lmsCopyKey } from '../../src/lib/lms/session';
import { noticeText } from '../../src/lib/progress/notices';
import { progressKey } from '../../src/lib/progress/store';
import { decodeProgress } from '../../src/lib/progress/wire';
import { versions } from '../../integrations/lms/files.ts';
import { close, cmiOf, launch, learnerId, reported, savedFor, type Cmi } from './lms/activity';
import { commitUrl, origin, serveLms } from './lms/harness';
import { passPostTest } from './post-test';
import { reachLessonEnd, studyLesson } from './study';
import { expectNoAxeViolations } from './support/axe';

/** The lessons in course order. */
const lessonIds = [
  'what-is-clonus',
  'how-clonus-happens',
  'disease-causes',
  'non-disease-causes',
  'complications',
  'when-to-seek-care',
];
const lessonCount = lessonIds.length;

/** The end of a lesson reached and saved, its knowledge check still to do. */
const endReachedAndSaved = /^Reached the end ✓ — still needed to complete this lesson: [^.]*\.$/;

for (const version of versions) {
  test(`${version}: completion, success, score, bookmark, time and resume data reach the LMS, and a second launch resumes`, async ({
    page,
  }) => {
    // Six lessons studied (each knowledge check answered in a frame inside a frame) and the
    // post-test: about a minute on an idle machine, so its own budget, for a busy one.
    test.setTimeout(240_000);
    await serveLms(page, version);
    await page.goto(`${origin}/`);
    let frame = await launch(page, { version, saved: savedFor(version) });

    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(course.title);
    await expect
      .poll(async () => reported(version, await cmiOf(page)).status)
      .toBe(version === 'scorm12' ? 'incomplete' : 'incomplete unknown');
    // The first report went through: nothing to say about the learner's progress.
    await expect(
      frame.getByText(`Course progress: 0 of ${String(lessonCount)} lessons complete`),
    ).toBeVisible();
    await expect(frame.getByRole('status').filter({ hasText: 'About your progress' })).toHaveCount(0);

    await frame.getByRole('link', { name: 'Start the course' }).click();
    for (const [index, lessonId] of lessonIds.entries()) {
      const lesson = index + 1;
      await expect(frame.getByText(`Lesson ${String(lesson)} of ${String(lessonCount)}`)).toBeVisible();
      if (lesson === 1) {
        // Reaching the end alone does not complete a lesson, for the LMS either.
        await reachLessonEnd(frame);
        await expect(frame.getByText(endReachedAndSaved)).toBeAttached();
        expect(reported(version, await cmiOf(page)).status).toBe(
          version === 'scorm12' ? 'incomplete' : 'incomplete unknown',
        );
      }
      await studyLesson(frame, lessonId);
      const pager = frame.getByRole('navigation', { name: 'Lessons' });
      await pager
        .getByRole('link', { name: lesson === lessonCount ? /Back to course home/ : /Next lesson/ })
        .click();
    }
    await expect(
      frame.getByText(`Course progress: ${String(lessonCount)} of ${String(lessonCount)} lessons complete`),
    ).toBeVisible();
    const afterLessons = reported(version, await cmiOf(page));
    expect(afterLessons.status).toBe(version === 'scorm12' ? 'completed' : 'completed unknown');

    await frame.getByRole('link', { name: 'post-test', exact: true }).click();
    await passPostTest(frame);
    await expect(frame.getByText(/points \(100%\); the pass mark is 80%\./).first()).toBeVisible();

    const passed = reported(version, await cmiOf(page));
    expect(passed.status).toBe(version === 'scorm12' ? 'passed' : 'completed passed');
    expect(passed.score).toMatchObject({
      raw: '100',
      min: '0',
      max: '100',
      ...(version === 'scorm2004' ? { scaled: '1' } : {}),
    });
    if (version === 'scorm2004') expect(passed.progressMeasure).toBe('1');
    expect(passed.location).toMatch(/^when-to-seek-care(#[a-z0-9-]+)?$/);
    expect(passed.suspendData.length).toBeLessThanOrEqual(suspendDataLimit);
    const record = decodeProgress(passed.suspendData);
    expect(record.status).toBe('ok');
    expect(Object.values(record.progress.lessons).filter((lesson) => lesson.endReachedAt)).toHaveLength(
      lessonCount,
    );
    expect(record.progress.quizzes['post-test']).toHaveLength(1);

    // The LMS closes the activity: the course ends its session once, resumable, with the time.
    await close(page);
    const closed = await cmiOf(page);
    const final = reported(version, closed);
    expect(final.exit).toBe('suspend');
    expect(final.sessionTime).toMatch(version === 'scorm12' ? /^\d{2,4}:\d{2}:\d{2}/ : /^PT\d+H\d+M\d+S$/);

    // A second launch, in a browser that kept nothing: the LMS's record is all there is.
    await page.evaluate(() => {
      localStorage.clear();
    });
    frame = await launch(page, { version, saved: savedFor(version, closed) });
    await expect(frame.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
    await expect(
      frame.getByText(`Course progress: ${String(lessonCount)} of ${String(lessonCount)} lessons complete`),
    ).toBeVisible();
    await expect.poll(async () => reported(version, await cmiOf(page)).status).toBe(passed.status);
    await frame.getByRole('link', { name: 'My progress' }).first().click();
    await expect(frame.getByRole('row', { name: /Post-test/ })).toContainText('100%');
  });

  test(`${version}: when the LMS refuses to start the session, the course says so and keeps the learner's work`, async ({
    page,
  }) => {
    await serveLms(page, version);
    await page.goto(`${origin}/`);
    const frame = await launch(page, { version, saved: savedFor(version), failInitialize: true });
    await expect(frame.getByRole('status').filter({ hasText: 'About your progress' })).toContainText(
      noticeText['lms-unreachable'],
    );
    // The launch page, the course inside it and the notice: axe checks every frame.
    await expectNoAxeViolations(page);
    await frame.getByRole('link', { name: 'Start the course' }).click();
    await studyLesson(frame, 'what-is-clonus');
    await frame.getByRole('link', { name: 'My progress' }).first().click();
    await expect(
      frame
        .getByRole('table', { name: 'Your lessons, in course order' })
        .getByRole('row', { name: /What clonus is/ }),
    ).toContainText('Complete');
    // Kept under this learner's own copy, marked for the next launch to send, not in the
    // record every user of this browser shares.
    const kept = await page.evaluate(
      ({ copy, shared }) => [
        localStorage.getItem(copy),
        localStorage.getItem(`${copy}:unsent`),
        localStorage.getItem(shared),
      ],
      { copy: lmsCopyKey(learnerId), shared: progressKey },
    );
    expect(decodeProgress(kept[0] ?? null).progress.lessons['what-is-clonus']?.endReachedAt).toBeDefined();
    expect(kept.slice(1)).toEqual(['1', null]);
  });

  test(`${version}: when the LMS fails to save, the course says so, keeps the work and sends it once the LMS recovers`, async ({
    page,
  }) => {
    let commitStatus = 500;
    const received: string[] = [];
    await serveLms(
      page,
      version,
      () => commitStatus,
      (body, status) => {
        if (status === 200) received.push(body);
      },
    );
    await page.goto(`${origin}/`);
    const frame = await launch(page, { version, saved: savedFor(version), commitUrl });
    await frame.getByRole('link', { name: 'Start the course' }).click();
    await frame.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
    // The LMS refused the commit: the end is reached, and nothing claims it was saved.
    await expect(
      frame.getByText(/^Reached the end ✓ — still needed .* Your progress was not saved for good/),
    ).toBeAttached();
    await expect(frame.getByText(endReachedAndSaved)).toHaveCount(0);
    const notice = frame.getByRole('status').filter({ hasText: 'About your progress' });
    await expect(notice).toContainText(noticeText['lms-unsaved']);

    // Still failing: the next page's first small step is not confirmed either, and the notice stays.
    await frame
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /Next lesson/ })
      .click();
    // The next lesson is open (the old page's navigation would otherwise be scrolled as it goes).
    await expect(frame.getByText(`Lesson 2 of ${String(lessonCount)}`)).toBeVisible();
    await expect(frame.getByText('In progress', { exact: true })).toBeVisible();
    await expect(notice).toContainText(noticeText['lms-unsaved']);

    commitStatus = 200;
    await frame.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
    await expect(frame.getByText(endReachedAndSaved)).toBeAttached();
    await expect(notice).toBeHidden();
    // What the LMS stored holds both lessons: the one whose save failed was sent again.
    const stored = JSON.parse(received.at(-1) ?? '{}') as { cmi?: Cmi };
    const record = decodeProgress(String(stored.cmi?.suspend_data)).progress;
    expect(Object.values(record.lessons).filter((lesson) => lesson.endReachedAt)).toHaveLength(2);
  });
}
