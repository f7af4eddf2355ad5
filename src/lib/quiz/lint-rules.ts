// The item linter's rules for one item: each reads the item as lint-view.ts gives it and returns
// what it finds. Which rule applies to which item type is documented in the README (Authoring →
// The item linter). Rules over a whole bank or the course live in lint.ts.
import { comparable } from '../content/text';
import type { ChoiceGroup, LintItem } from './lint-view';

export type Severity = 'error' | 'warning';

/** What a rule found, without the file (lint.ts adds it). */
export interface ItemFinding {
  rule: string;
  severity: Severity;
  message: string;
}

/** A single-answer item offers the key and at least three distractors. */
export const minSingleOptions = 4;
/** A key more than this share longer than its longest distractor is a cue. */
export const keyLengthMargin = 0.3;
/** Words that make a statement easy to rule out when only distractors carry them. */
export const absoluteWords = ['always', 'never', 'only', 'any', 'cannot'] as const;

const absolutePattern = new RegExp(`\\b(${absoluteWords.join('|')}|can['’]t)\\b`, 'i');
const aboveOptions = /\b(all|none|both|neither) of the above\b/i;

const keys = (group: ChoiceGroup) => group.choices.filter((choice) => choice.correct);
const distractors = (group: ChoiceGroup) => group.choices.filter((choice) => !choice.correct);
const where = (group: ChoiceGroup) => (group.field === 'options' ? '' : ` (in ${group.field})`);

/** A single-answer item with fewer than four options. */
function tooFewOptions(item: LintItem): ItemFinding[] {
  if (item.type !== 'single') return [];
  return item.groups
    .filter((group) => group.choices.length < minSingleOptions)
    .map((group) => ({
      rule: 'too-few-options',
      severity: 'error',
      message: `has ${group.choices.length} options${where(group)}; a single-answer item needs at least ${minSingleOptions}.`,
    }));
}

/** "All of the above", "none of the above" and their kin, in any choice. */
function aboveChoices(item: LintItem): ItemFinding[] {
  return item.groups.flatMap((group) =>
    group.choices
      .filter((choice) => aboveOptions.test(choice.text))
      .map((choice) => ({
        rule: 'of-the-above',
        severity: 'error' as const,
        message: `offers "${choice.text}"${where(group)}; write a real option instead of "all/none of the above".`,
      })),
  );
}

/** Absolute words in a distractor when no key of the same group has one. */
function absoluteDistractors(item: LintItem): ItemFinding[] {
  return item.groups.flatMap((group) => {
    if (keys(group).some((choice) => absolutePattern.test(choice.text))) return [];
    return distractors(group)
      .filter((choice) => absolutePattern.test(choice.text))
      .map((choice) => ({
        rule: 'absolute-in-distractor',
        severity: 'error' as const,
        message: `distractor "${choice.text}"${where(group)} says "${absolutePattern.exec(choice.text)?.[1] ?? ''}" and no key does: test-wise learners rule it out unread.`,
      }));
  });
}

/**
 * A key more than 30% longer (in characters) than every distractor. In a select-all group, the
 * shortest key against the longest distractor: every key standing out by length is the cue.
 */
function longKey(item: LintItem): ItemFinding[] {
  return item.groups.flatMap((group) => {
    const keyed = keys(group);
    const others = distractors(group);
    if (!group.sideBySide || keyed.length === 0 || others.length === 0) return [];
    const shortestKey = Math.min(...keyed.map((choice) => choice.text.length));
    const longestDistractor = Math.max(...others.map((choice) => choice.text.length));
    if (shortestKey <= longestDistractor * (1 + keyLengthMargin)) return [];
    const share = Math.round((shortestKey / longestDistractor - 1) * 100);
    const what = keyed.length === 1 ? 'the key is' : 'every key is';
    return [
      {
        rule: 'key-too-long',
        severity: 'error',
        message: `${what} ${share}% longer than the longest distractor${where(group)} (${shortestKey} against ${longestDistractor} characters; at most ${keyLengthMargin * 100}%).`,
      },
    ];
  });
}

/** No evidence, or no clinical-judgement tag. */
function untagged(item: LintItem): ItemFinding[] {
  const findings: ItemFinding[] = [];
  if (!item.evidence || item.evidence.length === 0)
    findings.push({
      rule: 'no-evidence',
      severity: 'error',
      message: 'has no `evidence`: quote the source passages that support its key.',
    });
  if (!item.judgement)
    findings.push({
      rule: 'no-judgement',
      severity: 'error',
      message: 'has no `judgement` tag: name the clinical-judgement step it assesses, or `recall`.',
    });
  return findings;
}

/** Evidence passages that are not in the source (white space and quote marks aside). */
export function evidenceNotInSource(item: LintItem, comparableSource: string): ItemFinding[] {
  return (item.evidence ?? []).flatMap((passage, index) =>
    comparableSource.includes(comparable(passage))
      ? []
      : [
          {
            rule: 'evidence-not-in-source',
            severity: 'error' as const,
            message: `field "evidence.${index}": "${passage}" is not in src/source/clonus.txt.`,
          },
        ],
  );
}

/**
 * The stem's question, where a negative word turns the task around: its last sentence that asks
 * (ends in "?"), so "Select all that apply." after it is not taken for the question; else its
 * last sentence.
 */
function question(stem: string): string {
  const sentences = stem.trim().split(/(?<=[.?!])\s+/);
  return sentences.findLast((sentence) => sentence.endsWith('?')) ?? sentences.at(-1) ?? stem;
}

/** "not", "except", "least" in the question, outside bold. */
function negativeStem(item: LintItem): ItemFinding[] {
  const unbolded = question(item.stem).replace(/\*\*[^*]+\*\*/g, '');
  const word = /\b(not|except|least)\b/i.exec(unbolded)?.[1];
  return word
    ? [
        {
          rule: 'negative-not-bold',
          severity: 'warning',
          message: `the question says "${word}" without bold; write **${word.toUpperCase()}** so no one misreads the task.`,
        },
      ]
    : [];
}

const startsWithVowel = (text: string) => /^[aeiou]/i.test(text.trim());
const endsInS = (text: string) => /[a-z]s$/i.test(text.trim().replace(/[.!?]+$/, ''));

/**
 * Grammatical cues, kept simple: a stem ending in "an" when only the key starts with a vowel (or in
 * "a" when only the key starts with a consonant); a stem ending in "are" or "were" when only the
 * key ends in a plural "s".
 */
function grammaticalCue(item: LintItem): ItemFinding[] {
  const last = /(\w+)\W*$/.exec(item.stem.trim())?.[1]?.toLowerCase();
  const cue = (message: string): ItemFinding[] => [{ rule: 'grammatical-cue', severity: 'warning', message }];
  return item.groups.flatMap((group) => {
    const keyed = keys(group);
    const others = distractors(group);
    if (!group.sideBySide || keyed.length === 0 || others.length === 0) return [];
    const onlyKeys = (test: (text: string) => boolean) =>
      keyed.every((choice) => test(choice.text)) && others.every((choice) => !test(choice.text));
    if (last === 'an' && onlyKeys(startsWithVowel))
      return cue('the stem ends in "an" and only the key starts with a vowel.');
    if (last === 'a' && onlyKeys((text) => !startsWithVowel(text)))
      return cue('the stem ends in "a" and only the key starts with a consonant.');
    if ((last === 'are' || last === 'were') && onlyKeys(endsInS))
      return cue(`the stem ends in "${last}" and only the key is plural.`);
    return [];
  });
}

/** Every per-item rule, in the order findings are listed. */
export const itemRules: readonly ((item: LintItem) => ItemFinding[])[] = [
  tooFewOptions,
  aboveChoices,
  absoluteDistractors,
  longKey,
  untagged,
  negativeStem,
  grammaticalCue,
];

/**
 * Is the group's key strictly longer than each of its distractors? `undefined` when the group has
 * not exactly one key or is not read side by side (a highlight passage).
 */
export function keyIsLongest(group: ChoiceGroup): boolean | undefined {
  const keyed = keys(group);
  if (keyed.length !== 1 || !group.sideBySide) return undefined;
  const key = keyed[0]?.text.length ?? 0;
  return distractors(group).every((choice) => choice.text.length < key);
}
