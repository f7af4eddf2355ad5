// The LMS launch rules (LmsRules, see rules.ts) as a valibot schema: apart from rules.ts so it
// can be bundled and weighed on its own.
import * as v from 'valibot';
import { record } from '../validation';

const id = v.pipe(v.string(), v.minLength(1));

export const rulesSchema = v.pipe(
  v.strictObject({
    lessonIds: v.pipe(v.array(id), v.minLength(1)),
    knowledgeChecks: record(id, id),
    lessonCompletion: v.strictObject({ reachEnd: v.boolean(), submitKnowledgeCheck: v.boolean() }),
    quizIds: v.array(id),
    postTestId: id,
    passMark: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  }),
  v.forward(
    v.check((rules) => rules.quizIds.includes(rules.postTestId), 'not one of the quizIds'),
    ['postTestId'],
  ),
  v.forward(
    v.check(
      (rules) =>
        Object.entries(rules.knowledgeChecks).every(
          ([lessonId, quizId]) => rules.lessonIds.includes(lessonId) && rules.quizIds.includes(quizId),
        ),
      'a knowledge check of a lesson or quiz the course does not have',
    ),
    ['knowledgeChecks'],
  ),
);
