import { courseSchema } from './schemas/course';

/** Course metadata, validated when the site builds. */
export const course = courseSchema.parse({
  title: 'Clonus: recognizing the sign, its causes and when to seek care',
  description:
    'A short, self-paced course on clonus: what it is, how it happens, what causes it, the complications it can bring, and when it needs medical attention.',
  outcomes: [
    'Define clonus and recognize its key features.',
    'Explain how an overactive reflex loop produces clonus, and how upper motor neuron problems, which often lead to it, can make reflexes stronger than normal.',
    'Identify the diseases and the non-disease triggers that can cause clonus, and which are temporary or chronic.',
    'Describe the complications clonus can bring to movement, comfort and daily life.',
    'Recognize when clonus needs medical attention, including the symptoms that call for quick help.',
  ],
  audiences: [
    {
      name: 'Nursing students',
      offer: 'Clear lessons in order, each with objectives, key points and room to check yourself.',
    },
    {
      name: 'Continuing-education learners',
      offer: 'A structured review of the sign, its causes and its red flags.',
    },
    {
      name: 'Instructors',
      offer: 'Lessons with measurable objectives and stable section links you can assign.',
    },
  ],
  // A lesson is complete when the learner has reached its end and submitted its knowledge check
  // (every item answered, any score): src/lib/progress/completion.ts applies this everywhere.
  lessonCompletion: { reachEnd: true, submitKnowledgeCheck: true },
  // Study time of a quiz item, for the contact hours (src/lib/contact-hours.ts). Lessons state
  // their own minutes, their knowledge checks included; topic quizzes and the post-test are
  // counted at this rate per item, a conservative estimate.
  minutesPerQuizItem: 1,
  provider: 'The Clonus Course open-source project',
  providerStatement:
    'This certificate records that the learner studied every lesson of this self-paced educational activity to its end and submitted its knowledge check, passed its post-test and submitted its evaluation. It is a record of completion, not an accredited continuing-education credit; no accrediting body has reviewed this activity.',
  postTestPassMark: 0.8,
  // Two retakes, each drawn away from the sitting before: three sittings in all (README).
  postTestRetakes: 2,
  sourceStatement:
    'Every clinical statement in this course is drawn from a single source text on clonus. This course is for education and does not replace advice from a healthcare provider.',
});
