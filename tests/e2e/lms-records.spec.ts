// The learner's record in an LMS under a real SCORM runtime (scorm-again): what the LMS holds is
// never written over blind, two windows keep each other's work, and closing the activity saves
// the last page before the session ends. Each test is a short visit; the unit tests
// (tests/unit/lms/) cover every fault in depth.
import { expect, test, type Page } from '@playwright/test';
import { versions, type ScormVersion } from '../../integrations/lms/files.ts';
import { lmsCopyKey, lmsSetAsideKey } from '../../src/lib/lms/session';
import { openLesson } from '../../src/lib/progress/actions';
import { emptyProgress, type Progress } from '../../src/lib/progress/model';
import { noticeText } from '../../src/lib/progress/notices';
import { decodeProgress, encodeProgress } from '../../src/lib/progress/wire';
import { courseLessonIds, studied } from '../support/course-records';
import { close, cmiOf, launch, learnerId, reported, savedFor, type Cmi } from './lms/activity';
import { commitUrl, origin, serveLms } from './lms/harness';
import { studyLesson } from './study';

type CourseFrame = Awaited<ReturnType<typeof launch>>;

const lessonCount = courseLessonIds.length;
/** Lessons whose end the record holds as reached (completion also needs their knowledge checks). */
const endsReached = (progress: Progress) =>
  Object.keys(progress.lessons).filter((id) => progress.lessons[id]?.endReachedAt !== undefined);

/** Keys of this browser's copies marked as holding work the LMS never confirmed. */
const unsentKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':unsent')));

/** Reads the lesson on screen to its end; `saved` is what the page then says. */
async function reachEnd(frame: CourseFrame, saved: RegExp) {
  await frame.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await expect(frame.getByText(saved)).toBeAttached();
}

/** The end of a lesson reached and saved, its knowledge check still to do. */
const endReachedAndSaved = /^Reached the end ✓ — still needed to complete this lesson: [^.]*\.$/;

const notice = (frame: CourseFrame) => frame.getByRole('status').filter({ hasText: 'About your progress' });

/** The learner comment the course keeps an unreadable record in. */
function learnerComment(version: ScormVersion, cmi: Cmi): string {
  if (version === 'scorm12') return String(cmi.comments);
  const comments = cmi.comments_from_learner as Record<string, { comment?: string }> | undefined;
  return String(comments?.['0']?.comment);
}

for (const version of versions) {
  test(`${version}: closing the activity saves the last page's time before the session ends, and leaves nothing unsent`, async ({
    page,
  }) => {
    await serveLms(page, version);
    await page.clock.install();
    await page.goto(`${origin}/`);
    const frame = await launch(page, { version, saved: savedFor(version) });
    await frame.getByRole('link', { name: 'Start the course' }).click();
    await expect(frame.getByText(`Lesson 1 of ${String(lessonCount)}`)).toBeVisible();
    await expect.poll(async () => reported(version, await cmiOf(page)).location).toBe('what-is-clonus');
    // Forty seconds of reading, then the LMS closes the activity.
    await page.clock.fastForward(40_000);
    await close(page);

    const closed = reported(version, await cmiOf(page));
    expect(closed.exit).toBe('suspend');
    expect(
      decodeProgress(closed.suspendData).progress.lessons['what-is-clonus']?.seconds,
    ).toBeGreaterThanOrEqual(40);
    expect(await unsentKeys(page)).toEqual([]);
  });

  test(`${version}: a record the LMS fails to hand over is never written over, and the work reaches it on the next launch`, async ({
    page,
  }) => {
    const opened = openLesson(emptyProgress(), 'how-clonus-happens', 1_700_000_000);
    const earlier = encodeProgress(studied(opened, 'how-clonus-happens', 1_700_000_100));
    await serveLms(page, version);
    await page.goto(`${origin}/`);
    let frame = await launch(page, {
      version,
      saved: savedFor(version, undefined, earlier),
      failGetValue: ['cmi.suspend_data'],
    });
    await expect(notice(frame)).toContainText(noticeText['lms-unread']);
    const atLaunch = reported(version, await cmiOf(page));
    await frame.getByRole('link', { name: 'Start the course' }).click();
    await studyLesson(frame, 'what-is-clonus');
    await close(page);

    const closed = await cmiOf(page);
    expect(reported(version, closed)).toMatchObject({
      suspendData: earlier,
      status: atLaunch.status,
      score: atLaunch.score,
      exit: 'suspend',
    });
    expect(await unsentKeys(page)).toEqual([`${lmsCopyKey(learnerId)}:unsent`]);

    frame = await launch(page, { version, saved: savedFor(version, closed) });
    await expect(
      frame.getByText(`Course progress: 2 of ${String(lessonCount)} lessons complete`),
    ).toBeVisible();
    await expect
      .poll(async () =>
        endsReached(decodeProgress(reported(version, await cmiOf(page)).suspendData).progress),
      )
      .toEqual(['how-clonus-happens', 'what-is-clonus']);
    expect(await unsentKeys(page)).toEqual([]);
  });

  test(`${version}: a record the course cannot read is kept in the LMS's comments and this browser, and the learner told`, async ({
    page,
  }) => {
    const legacy = 'lesson1=done|quiz1=80|page=7';
    await serveLms(page, version);
    await page.goto(`${origin}/`);
    const frame = await launch(page, { version, saved: savedFor(version, undefined, legacy) });
    await expect(notice(frame)).toContainText(noticeText['lms-set-aside']);
    await expect
      .poll(async () => learnerComment(version, await cmiOf(page)))
      .toContain(JSON.stringify(legacy));
    const keptHere = await page.evaluate((key) => localStorage.getItem(key), lmsSetAsideKey(learnerId));
    expect(keptHere).toContain(legacy);
  });

  test(`${version}: two LMS windows keep each other's lessons`, async ({ context }) => {
    const received: string[] = [];
    const windows = [await context.newPage(), await context.newPage()];
    const frames: CourseFrame[] = [];
    // Both windows open from the same stored record, before either has saved anything.
    for (const page of windows) {
      await serveLms(
        page,
        version,
        () => 200,
        (body) => received.push(body),
      );
      await page.goto(`${origin}/`);
      const frame = await launch(page, { version, saved: savedFor(version), commitUrl });
      await expect(frame.getByRole('link', { name: 'Start the course' })).toBeVisible();
      frames.push(frame);
    }
    const [first, second] = frames;
    if (!first || !second) throw new Error('two windows expected');

    await first.getByRole('link', { name: 'Start the course' }).click();
    await reachEnd(first, endReachedAndSaved);
    await second.getByRole('link', { name: 'How clonus happens', exact: true }).click();
    await reachEnd(second, endReachedAndSaved);

    // The second window's commit, the last one, carries the first window's lesson too.
    const stored = JSON.parse(received.at(-1) ?? '{}') as { cmi?: Cmi };
    expect(endsReached(decodeProgress(String(stored.cmi?.suspend_data)).progress)).toEqual([
      'how-clonus-happens',
      'what-is-clonus',
    ]);
  });
}
