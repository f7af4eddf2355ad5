// Contact hours, derived from the course's own stated study time and never typed: the lessons'
// minutes (frontmatter, knowledge checks included), the topic quizzes and one post-test sitting
// (their items at the course's minutes per item). 60 minutes make an hour, and the total is
// rounded DOWN to the quarter hour, so the certificate never claims more time than the course's
// own estimate supports.

/** The course's stated study time, in minutes, by part. */
export interface StudyTime {
  /** Every lesson's stated minutes, summed. */
  lessons: number;
  /** The topic quizzes: their items at the minutes per item. */
  quizzes: number;
  /** One post-test sitting: the items it draws at the minutes per item. */
  postTest: number;
}

/** Whole quarter hours in `minutes`: 74 → 1, 75 → 1.25, 14 → 0. */
export function contactHours(minutes: number): number {
  return Math.floor(Math.max(0, minutes) / 15) / 4;
}

/** Minutes of a quiz part: its items at the course's rate, rounded down to whole minutes. */
export function quizMinutes(items: number, minutesPerItem: number): number {
  return Math.floor(items * minutesPerItem);
}

export interface ContactHours {
  minutes: number;
  hours: number;
  /** "Lessons 41 min + quizzes 20 min + post-test 15 min = 76 min → 1.25 contact hours, rounded down to the quarter hour" */
  derivation: string;
}

/** The hours and how they were reached, in words the certificate and the guide print. */
export function deriveContactHours(time: StudyTime): ContactHours {
  const minutes = time.lessons + time.quizzes + time.postTest;
  const hours = contactHours(minutes);
  const parts = [`Lessons ${String(time.lessons)} min`];
  if (time.quizzes > 0) parts.push(`quizzes ${String(time.quizzes)} min`);
  if (time.postTest > 0) parts.push(`post-test ${String(time.postTest)} min`);
  return {
    minutes,
    hours,
    derivation: `${parts.join(' + ')} = ${String(minutes)} min → ${hoursInWords(hours)}, rounded down to the quarter hour`,
  };
}

/** "1 contact hour", "1.25 contact hours". */
export function hoursInWords(hours: number): string {
  return `${String(hours)} contact ${hours === 1 ? 'hour' : 'hours'}`;
}
