/**
 * Where the course's authored content lives, relative to the project root: lessons and quizzes
 * where the project has always kept them, everything else under `src/content/`. The content
 * layer (src/content.config.ts), the tests and the README name these places; nothing else should.
 */
export const contentLocations = {
  /** One MDX file per lesson; the file name is the lesson id. */
  lessons: 'src/content/lessons',
  /** One YAML file per quiz; the file name is the quiz id. */
  quizzes: 'src/quizzes',
  /** A YAML list of terms. */
  glossary: 'src/content/glossary.yaml',
  /** Class material per lesson, under `lessons:`. */
  instructorGuide: 'src/content/instructor-guide.yaml',
  /** One YAML file per figure: its labels, steps and their source quotes. */
  figures: 'src/content/figures',
  /** A YAML list of the facts stated in the source's paragraphs, with their evidence. */
  sourceFacts: 'src/content/source-facts.yaml',
  /** The clinical source every statement rests on. */
  source: 'src/source/clonus.txt',
} as const;
