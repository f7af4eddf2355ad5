// The clinical-judgement steps (and recall) as learners and instructors read them, in the order
// of the NCSBN Clinical Judgment Measurement Model. Types only from the schema, so a page that
// shows a label does not carry zod.
import type { JudgementStep } from '../../schemas/quiz-items';

export const judgementStepLabels: Record<JudgementStep, string> = {
  'recognize-cues': 'Recognize cues',
  'analyze-cues': 'Analyze cues',
  'prioritize-hypotheses': 'Prioritize hypotheses',
  'generate-solutions': 'Generate solutions',
  'take-action': 'Take action',
  'evaluate-outcomes': 'Evaluate outcomes',
  recall: 'Recall',
};
