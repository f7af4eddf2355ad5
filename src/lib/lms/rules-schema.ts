// The LMS launch rules (LmsRules, see rules.ts) as a check (src/lib/validation.ts): apart from
// rules.ts so it can be bundled and weighed on its own.
import { array, boolean, number, object, record, refine, text } from '../validation';

const id = text(undefined, 1);

export const rulesSchema = refine(
  object(
    {
      lessonIds: array(id, 1),
      knowledgeChecks: record(id, id),
      lessonCompletion: object({ reachEnd: boolean, submitKnowledgeCheck: boolean }, true),
      quizIds: array(id),
      postTestId: id,
      passMark: number(0, 1),
    },
    true,
  ),
  [(rules) => rules.quizIds.includes(rules.postTestId), 'not one of the quizIds', 'postTestId'],
  [
    (rules) =>
      Object.entries(rules.knowledgeChecks).every(
        ([lessonId, quizId]) => rules.lessonIds.includes(lessonId) && rules.quizIds.includes(quizId),
      ),
    'a knowledge check of a lesson or quiz the course does not have',
    'knowledgeChecks',
  ],
);
