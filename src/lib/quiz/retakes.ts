// The post-test's retake policy (`postTestRetakes` in src/course.ts): how many sittings a learner
// may submit, and the sentence that tells them so before they start.

/** Retakes allowed after the first sitting: 'unlimited', or a number (0: one sitting only). */
export type RetakePolicy = 'unlimited' | number;

/** Sittings the learner may still start, after `submitted` ones; Infinity when unlimited. */
export function sittingsLeft(policy: RetakePolicy, submitted: number): number {
  return policy === 'unlimited' ? Infinity : Math.max(0, 1 + policy - submitted);
}

/** Whether a new sitting may start after `submitted` ones. */
export function maySit(policy: RetakePolicy, submitted: number): boolean {
  return sittingsLeft(policy, submitted) > 0;
}

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${String(count)} times`);

/** The policy in words, as the post-test states it before the first sitting. */
export function retakePolicySentence(policy: RetakePolicy): string {
  if (policy === 'unlimited') return 'You may retake the post-test as often as you like.';
  if (policy === 0) return 'You may sit the post-test once: there are no retakes.';
  return `You may retake the post-test ${times(policy)}: ${String(policy + 1)} sittings in all.`;
}

/** The policy in a few words, for a line that mentions the post-test in passing (the home page). */
export function retakesInBrief(policy: RetakePolicy): string {
  if (policy === 'unlimited') return 'unlimited retakes';
  if (policy === 0) return 'no retakes';
  return `${String(policy)} ${policy === 1 ? 'retake' : 'retakes'} allowed`;
}

/** Where the learner stands, after `submitted` sittings. */
export function sittingsLeftSentence(policy: RetakePolicy, submitted: number): string {
  const left = sittingsLeft(policy, submitted);
  if (left === Infinity) return 'You may retake it as often as you like.';
  if (left === 0)
    return policy === 0
      ? 'You have used your one sitting: there is no retake.'
      : `You have used all ${String(1 + (policy as number))} of your sittings: no retake is left.`;
  return `${String(left)} ${left === 1 ? 'sitting' : 'sittings'} left of ${String(1 + (policy as number))}.`;
}
