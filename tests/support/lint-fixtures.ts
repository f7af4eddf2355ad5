// Banks for the item linter's tests: a clean course (two quizzes and a lesson scenario that pass
// every rule) and helpers to break one thing at a time, so each rule is seen to fire alone.
import { quizSchema } from '../../src/schemas/quiz';
import { quizBank, scenarioBank, type LintBank } from '../../src/lib/quiz/lint-view';

/** Where the fixture items draw on: a lesson and section of the course (or of a fixture site). */
export interface SectionRef {
  lesson: string;
  section: string;
}
const courseRef: SectionRef = { lesson: 'what-is-clonus', section: 'four-key-features' };

/** Passages of src/source/clonus.txt, word for word. */
export const passages = {
  definition: 'Clonus happens when muscles contract and relax in a rapid, repeated rhythm without control.',
  stretch: 'These contractions often happen after a muscle is suddenly stretched.',
  loop: 'the reflex loop between the muscle and the spinal cord becomes overactive',
  // Curly apostrophe in the source; written straight here, which the matcher allows.
  sign: "It signals that something may be affecting the nervous system's ability to control muscle activity.",
  withdrawal: 'Stopping some muscle relaxants or anti-anxiety drugs too quickly can trigger clonus.',
  checked: 'repeated occurrences should be checked by a healthcare provider',
  fatigue: 'Rest usually resolves symptoms',
} as const;

interface Option {
  text: string;
  correct?: boolean;
}

/** A single-answer item: the first option is the key. */
export function single(
  id: string,
  judgement: string,
  stem: string,
  [key, ...distractors]: [string, ...string[]],
  evidence: string,
  ref: SectionRef = courseRef,
): Record<string, unknown> {
  const options: Option[] = [{ text: key, correct: true }, ...distractors.map((text) => ({ text }))];
  return {
    type: 'single',
    id,
    stem,
    ref,
    judgement,
    evidence: [evidence],
    options: options.map((option, index) => ({
      id: `o${index + 1}`,
      text: option.text,
      correct: option.correct ?? false,
      rationale: 'Why, from the source.',
    })),
  };
}

/** A select-all item: `keys` are right, `distractors` wrong. */
export function selectAll(
  id: string,
  judgement: string,
  stem: string,
  keys: readonly string[],
  distractors: readonly string[],
  evidence: string,
  ref: SectionRef = courseRef,
): Record<string, unknown> {
  const options = [
    ...keys.map((text) => ({ text, correct: true })),
    ...distractors.map((text) => ({ text, correct: false })),
  ];
  return {
    type: 'multiple',
    id,
    stem,
    ref,
    judgement,
    evidence: [evidence],
    options: options.map((option, index) => ({
      id: `o${index + 1}`,
      ...option,
      rationale: 'Why, from the source.',
    })),
  };
}

/** A topic quiz whose items pass every rule, one per clinical-judgement step and a select-all. */
export const cleanTopicItems = (ref: SectionRef = courseRef): Record<string, unknown>[] => [
  single(
    't1',
    'recognize-cues',
    'While helping a client stand, you see the ankle beat in a fast rhythm right after the foot is pushed up. Which finding is the cue?',
    [
      'Rhythmic beats that follow a sudden muscle stretch',
      'A slow twitch of the calf while the leg is at rest',
      'A steady tremor of both hands while writing a note',
      'A cramp in the foot that eases after a short walk',
    ],
    passages.stretch,
    ref,
  ),
  single(
    't2',
    'analyze-cues',
    'Why does the beating at the ankle repeat instead of stopping after one contraction?',
    [
      'The reflex loop with the spinal cord is overactive',
      'The calf muscle has used up its stored energy supply',
      'The tendon at the heel has been torn by the stretching',
      'The skin nerves send a burst of pain to the brain first',
    ],
    passages.loop,
    ref,
  ),
  single(
    't3',
    'prioritize-hypotheses',
    'A client stopped a muscle relaxant abruptly two days ago and now has rhythmic jerking of the knee. Which explanation is most likely?',
    [
      'Sudden withdrawal from the muscle relaxant',
      'A new tear of the ligament inside the knee joint',
      'Low fluid intake over the weekend at home',
      'A reaction to the cold weather on the ward',
    ],
    passages.withdrawal,
    ref,
  ),
  single(
    't4',
    'generate-solutions',
    'Brief jerking in a student’s leg keeps coming back week after week. What should the plan include?',
    [
      'A visit to a healthcare provider to check it',
      'Stretching the leg hard whenever the beating starts',
      'Holding the foot down firmly until the episode ends',
      'Waiting a month before telling anyone about it again',
    ],
    passages.checked,
    ref,
  ),
  single(
    't5',
    'take-action',
    'After a week of long shifts and little rest, a nurse notices brief rhythmic twitching of the calf. What is the first step to take?',
    [
      'Rest, since rest usually resolves such symptoms',
      'Start a stronger exercise routine for the calf',
      'Drink several cups of coffee to stay more alert',
      'Massage the calf firmly for an hour each evening',
    ],
    passages.fatigue,
    ref,
  ),
  single(
    't6',
    'evaluate-outcomes',
    'The client rested for several days and the twitching stopped. How should the nurse read this result?',
    [
      'The trigger was likely fatigue and has been removed',
      'The reflex loop has been damaged for good by rest',
      'The muscle is now weaker and will need a brace soon',
      'The episode shows a stroke has happened in the past',
    ],
    passages.fatigue,
    ref,
  ),
  selectAll(
    't7',
    'recall',
    'Which describe the movement of clonus? Select all that apply.',
    ['Muscles contract and relax in a rhythm', 'The movement repeats without control'],
    ['The muscle stays tight for many hours', 'The movement stops after one slow jerk'],
    passages.definition,
    ref,
  ),
];

/** A knowledge check on other facts, in other words, so no item nearly copies the topic quiz. */
export const cleanCheckItems = (): Record<string, unknown>[] => [
  single(
    'k1',
    'recall',
    'What does clonus signal about the nervous system?',
    [
      'Its control of muscle activity may be affected',
      'Its supply of blood sugar has run very low',
      'Its pain fibres are firing in the wrong order',
      'Its sleep cycle has shifted to the daytime',
    ],
    passages.sign,
  ),
  single(
    'k2',
    'recall',
    'A nurse reads a chart note about involuntary contractions. Which term fits the definition in the lesson?',
    ['Clonus', 'Cramp', 'Tremor', 'Tic'],
    passages.definition,
  ),
  single(
    'k3',
    'recognize-cues',
    'Which part of a reflex examination sets off the beating most often?',
    [
      'A quick stretch of the muscle',
      'A light touch on the forehead',
      'A bright light shone in the eyes',
      'A loud clap behind the shoulder',
    ],
    passages.stretch,
  ),
];

export const scenarioText =
  'A neighbour recovering from a stroke describes a morning when climbing the stairs felt heavy and slow.';

/** A quiz file as the linter reads it, validated by the real schema. */
export function topicBank(items: Record<string, unknown>[], file = 'src/quizzes/topic-clean.yaml'): LintBank {
  const quiz = quizSchema.parse({
    kind: 'topic',
    topic: 'mechanism',
    title: 'A clean topic quiz',
    description: 'A topic quiz that breaks no rule.',
    items,
  });
  return quizBank(file, 'topic-clean', quiz);
}

export function checkBank(items: Record<string, unknown>[], file = 'src/quizzes/check-clean.yaml'): LintBank {
  const quiz = quizSchema.parse({
    kind: 'knowledge-check',
    lesson: 'what-is-clonus',
    title: 'A clean check',
    description: 'A knowledge check that breaks no rule.',
    items,
  });
  return quizBank(file, 'check-clean', quiz);
}

export const lessonScenario = (text = scenarioText): LintBank =>
  scenarioBank('src/content/lessons/what-is-clonus.mdx', 'what-is-clonus', text);

/** The clean course: the topic quiz, the knowledge check and one lesson scenario. */
export const cleanCourse = (): LintBank[] => [
  topicBank(cleanTopicItems()),
  checkBank(cleanCheckItems()),
  lessonScenario(),
];
