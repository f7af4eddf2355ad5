// The item linter (issue 15 §4): every item of every bank against the item-writing rules, the
// banks against each other for near-copies, and the course against its clinical-judgement
// blueprint. Pure: banks and source text in, findings and a per-quiz report out. The build
// (lib/content/collections.ts) and `npm run lint:items` (scripts/lint-items.ts) run it on the
// course's files; the README documents every rule (Authoring → The item linter).
import { judgementSteps } from '../../schemas/quiz-items';
import { comparable } from '../content/text';
import { evidenceNotInSource, itemRules, keyIsLongest, type Severity } from './lint-rules';
import type { LintBank, LintItem } from './lint-view';
import { contentWords, cosine } from './similarity';

/** What the linter found, naming the file and the item (`itemId` is empty for a whole bank). */
export interface Finding {
  file: string;
  itemId: string;
  rule: string;
  severity: Severity;
  message: string;
}

/** Two items of different banks that say nearly the same thing. */
export interface NearDuplicate {
  a: { file: string; itemId: string };
  b: { file: string; itemId: string };
  /** What was compared: the stems (vignettes and scenarios count as stems), or stem with key. */
  compared: 'stem' | 'stem and key';
  /** Cosine of their content words (similarity.ts). */
  score: number;
}

/** A quiz at a glance, as the before/after note needs it. */
export interface QuizReport {
  file: string;
  id: string;
  kind: LintBank['kind'];
  items: number;
  byType: Record<string, number>;
  /** Single-answer keys (and drop-downs) that are the longest option, of how many, and chance's share. */
  keyLongest: { count: number; of: number; expected: number };
  /** Items tagged with a clinical-judgement step, with `recall`, and with no tag. */
  judgement: { steps: number; recall: number; untagged: number };
  /** Pairs with an item of another bank. */
  nearDuplicates: number;
}

export interface LintResult {
  findings: Finding[];
  reports: QuizReport[];
  nearDuplicates: NearDuplicate[];
  /** Items per clinical-judgement step (and recall, untagged) across the quiz banks. */
  steps: Record<string, number>;
}

/**
 * Two items of different banks are near-copies when the cosine of their content words
 * (similarity.ts) reaches these: for what the learner reads before answering (the stem, a
 * highlight's passage, a case's vignette, a lesson's scenario), or for that with the key's words.
 * Calibrated on the course as it stood before issue 15's rewrite: 0.40 on stems is the lowest score
 * of a lesson scenario retold in a quiz (what-is-clonus, non-disease-causes, complications
 * scored 0.42 to 0.44) and leaves apart items that share only the topic; with the key, items that
 * quote the same source sentence share many words, so 0.60 is needed to mean a paraphrase of the
 * whole question and answer (every pair at 0.60 or more was one).
 */
export const nearDuplicateThresholds = { stem: 0.4, stemAndKey: 0.6 } as const;
/** At least this share of a topic quiz's or the post-test's items assess a clinical-judgement step. */
export const minJudgementShare = 0.6;
/** The key is the longest option "more often than chance" when that many or more has a chance below this. */
export const keyLongestSignificance = 0.05;

const isStep = (tag: string | undefined) => (judgementSteps as readonly (string | undefined)[]).includes(tag);

/**
 * P(X ≥ observed) for X the number of keys that are longest by chance, when item i's key is longest
 * with chance 1/n_i (a Poisson binomial distribution, computed exactly).
 */
export function chanceOfAtLeast(observed: number, chances: readonly number[]): number {
  let distribution = [1];
  for (const p of chances)
    distribution = [...distribution, 0].map(
      (_, k) => (distribution[k] ?? 0) * (1 - p) + (distribution[k - 1] ?? 0) * p,
    );
  return distribution.slice(observed).reduce((sum, p) => sum + p, 0);
}

/** Where the key is the longest option across a bank, and the warning when it is so more than chance. */
function keyLongestIn(bank: LintBank): { report: QuizReport['keyLongest']; finding?: Finding } {
  const groups = bank.items.flatMap((item) => item.groups);
  const counted = groups.flatMap((group) => {
    const longest = keyIsLongest(group);
    return longest === undefined ? [] : [{ longest, chance: 1 / group.choices.length }];
  });
  const count = counted.filter((group) => group.longest).length;
  const chances = counted.map((group) => group.chance);
  const expected = chances.reduce((sum, p) => sum + p, 0);
  const report = { count, of: counted.length, expected };
  const p = chanceOfAtLeast(count, chances);
  if (count <= expected || p >= keyLongestSignificance) return { report };
  return {
    report,
    finding: {
      file: bank.file,
      itemId: '',
      rule: 'key-longest-often',
      severity: 'warning',
      message: `the key is the longest option in ${count} of ${counted.length} single-answer questions, where chance gives ${expected.toFixed(1)} (p = ${p.toFixed(3)}): vary which option is longest.`,
    },
  };
}

interface Unit {
  bank: LintBank;
  itemId: string;
  stem: Set<string>;
  stemAndKey: Set<string> | undefined;
}

const limit = (pair: NearDuplicate) =>
  pair.compared === 'stem' ? nearDuplicateThresholds.stem : nearDuplicateThresholds.stemAndKey;

/** Which bank a near-copy is blamed on: the post-test must differ from all, a check from scenarios. */
const blameOrder: LintBank['kind'][] = ['post-test', 'topic', 'knowledge-check', 'scenario'];

/** Pairs of items, vignettes or scenarios of different banks that nearly duplicate each other. */
export function nearDuplicates(
  banks: readonly LintBank[],
  thresholds: { stem: number; stemAndKey: number } = nearDuplicateThresholds,
): NearDuplicate[] {
  const units: Unit[] = banks.flatMap((bank) => [
    ...bank.items.map((item) => ({
      bank,
      itemId: item.id,
      stem: contentWords(item.prompt),
      stemAndKey: item.keyText === '' ? undefined : contentWords(`${item.prompt} ${item.keyText}`),
    })),
    ...bank.vignettes.map((vignette) => ({
      bank,
      itemId: vignette.id,
      stem: contentWords(vignette.text),
      stemAndKey: undefined,
    })),
  ]);
  const pairs: NearDuplicate[] = [];
  units.forEach((first, index) => {
    for (const second of units.slice(index + 1)) {
      if (first.bank.file === second.bank.file) continue;
      const stem = cosine(first.stem, second.stem);
      const withKey = first.stemAndKey && second.stemAndKey ? cosine(first.stemAndKey, second.stemAndKey) : 0;
      const stemCopied = stem >= thresholds.stem;
      if (!stemCopied && withKey < thresholds.stemAndKey) continue;
      const [a, b] =
        blameOrder.indexOf(first.bank.kind) <= blameOrder.indexOf(second.bank.kind)
          ? [first, second]
          : [second, first];
      pairs.push({
        a: { file: a.bank.file, itemId: a.itemId },
        b: { file: b.bank.file, itemId: b.itemId },
        compared: stemCopied ? 'stem' : 'stem and key',
        score: stemCopied ? stem : withKey,
      });
    }
  });
  return pairs;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function judgementCounts(items: readonly LintItem[]): QuizReport['judgement'] {
  return {
    steps: items.filter((item) => isStep(item.judgement)).length,
    recall: items.filter((item) => item.judgement === 'recall').length,
    untagged: items.filter((item) => item.judgement === undefined).length,
  };
}

/** The clinical-judgement share a topic quiz or the post-test must reach, as a finding when it does not. */
function judgementShareFinding(bank: LintBank, counts: QuizReport['judgement']): Finding[] {
  if (bank.kind !== 'topic' && bank.kind !== 'post-test') return [];
  const share = counts.steps / Math.max(1, bank.items.length);
  if (share >= minJudgementShare) return [];
  return [
    {
      file: bank.file,
      itemId: '',
      rule: 'judgement-share',
      severity: 'error',
      message: `${counts.steps} of ${bank.items.length} items (${Math.round(share * 100)}%) assess a clinical-judgement step; at least ${minJudgementShare * 100}% must (recall ${counts.recall}, untagged ${counts.untagged}).`,
    },
  ];
}

/**
 * Lints the course: `banks` are the quiz files and the lessons' scenarios (lint-view.ts), `source`
 * the clinical source's text. Findings come per item, then per bank, then for the course.
 */
export function lintCourse(banks: readonly LintBank[], source: string): LintResult {
  const comparableSource = comparable(source);
  const quizzes = banks.filter((bank) => bank.kind !== 'scenario');
  const pairs = nearDuplicates(banks);
  const findings: Finding[] = [];
  const reports: QuizReport[] = [];
  for (const bank of quizzes) {
    for (const item of bank.items) {
      const found = [
        ...itemRules.flatMap((rule) => rule(item)),
        ...evidenceNotInSource(item, comparableSource),
      ];
      findings.push(...found.map((finding) => ({ file: bank.file, itemId: item.id, ...finding })));
      for (const pair of pairs.filter((p) => p.a.file === bank.file && p.a.itemId === item.id))
        findings.push({
          file: bank.file,
          itemId: item.id,
          rule: 'near-duplicate',
          severity: 'error',
          message: `its ${pair.compared} nearly duplicates ${pair.b.file} item "${pair.b.itemId}" (similarity ${pair.score.toFixed(2)}; a near-copy from ${limit(pair).toFixed(2)}): write a separate item.`,
        });
    }
    // A case study's vignette has no item of its own: its near-copies are named by the case's id.
    for (const vignette of bank.vignettes)
      for (const pair of pairs.filter((p) => p.a.file === bank.file && p.a.itemId === vignette.id))
        findings.push({
          file: bank.file,
          itemId: vignette.id,
          rule: 'near-duplicate',
          severity: 'error',
          message: `its vignette nearly duplicates ${pair.b.file} "${pair.b.itemId}" (similarity ${pair.score.toFixed(2)}; a near-copy from ${limit(pair).toFixed(2)}): write a separate case.`,
        });
    const keyLongest = keyLongestIn(bank);
    if (keyLongest.finding) findings.push(keyLongest.finding);
    const judgement = judgementCounts(bank.items);
    findings.push(...judgementShareFinding(bank, judgement));
    reports.push({
      file: bank.file,
      id: bank.id,
      kind: bank.kind,
      items: bank.items.length,
      byType: countBy(bank.items.map((item) => item.type)),
      keyLongest: keyLongest.report,
      judgement,
      nearDuplicates: pairs.filter((p) => p.a.file === bank.file || p.b.file === bank.file).length,
    });
  }
  const steps = countBy(quizzes.flatMap((bank) => bank.items.map((item) => item.judgement ?? 'untagged')));
  const missing = judgementSteps.filter((step) => !steps[step]);
  // A course with no quiz yet (an author's first lessons) has no assessment to balance.
  const assessed = quizzes.some((bank) => bank.items.length > 0);
  if (assessed && missing.length > 0)
    findings.push({
      file: 'src/quizzes',
      itemId: '',
      rule: 'judgement-steps',
      severity: 'error',
      message: `no item of the course assesses ${missing.join(', ')}; all six clinical-judgement steps must appear.`,
    });
  return { findings, reports, nearDuplicates: pairs, steps };
}
