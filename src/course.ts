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
  contactHours: 1,
  provider: 'The Clonus Course open-source project',
  providerStatement:
    'This certificate records that the learner completed every lesson of this self-paced educational activity, passed its post-test and submitted its evaluation. It is a record of completion, not an accredited continuing-education credit; no accrediting body has reviewed this activity.',
  postTestPassMark: 0.8,
  // Two retakes, each drawn away from the sitting before: three sittings in all (README).
  postTestRetakes: 2,
  sourceStatement:
    'Every clinical statement in this course is drawn from a single source text on clonus. This course is for education and does not replace advice from a healthcare provider.',
});
