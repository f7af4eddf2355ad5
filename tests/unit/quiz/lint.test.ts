// The item linter on fixtures: a clean course gives no finding, and each rule fires on a bank that
// breaks it alone, naming the file and the item.
import { describe, expect, it } from 'vitest';
import { chanceOfAtLeast, lintCourse, type Finding } from '../../../src/lib/quiz/lint';
import { lintBuildProblems } from '../../../src/lib/quiz/lint-gate';
import { choiceGroups, lintItem, type LintBank } from '../../../src/lib/quiz/lint-view';
import type { ScoredItem } from '../../../src/schemas/quiz-items';
import {
  checkBank,
  cleanCheckItems,
  cleanCourse,
  cleanTopicItems,
  lessonScenario,
  passages,
  selectAll,
  single,
  topicBank,
} from '../../support/lint-fixtures';
import { readSource } from '../../support/source';

const source = readSource();
const lint = (banks: LintBank[]) => lintCourse(banks, source);

/** The clean course with the topic quiz's items changed by `change`. */
function withTopicItems(change: (items: Record<string, unknown>[]) => Record<string, unknown>[]): LintBank[] {
  const [, ...rest] = cleanCourse();
  return [topicBank(change(cleanTopicItems())), ...rest];
}

/** The clean course with topic item `id` replaced. */
const replacing = (id: string, item: Record<string, unknown>) =>
  withTopicItems((items) => items.map((each) => (each.id === id ? item : each)));

const findingsOf = (banks: LintBank[], rule: string): Finding[] =>
  lint(banks).findings.filter((finding) => finding.rule === rule);

/** Every finding the course gives, as "rule file item" for a readable failure. */
const summary = (banks: LintBank[]) =>
  lint(banks).findings.map((finding) => `${finding.rule} ${finding.file} ${finding.itemId}`);

describe('the item linter on a clean course', () => {
  it('finds nothing', () => {
    expect(summary(cleanCourse())).toEqual([]);
  });

  it('reports each quiz: items by type, longest keys, clinical-judgement share, near-copies', () => {
    const [topic] = lint(cleanCourse()).reports;
    expect(topic).toMatchObject({
      file: 'src/quizzes/topic-clean.yaml',
      items: 7,
      byType: { single: 6, multiple: 1 },
      keyLongest: { count: 0, of: 6, expected: 1.5 },
      judgement: { steps: 6, recall: 1, untagged: 0 },
      nearDuplicates: 0,
    });
  });
});

describe('each error fires alone, naming the file and the item', () => {
  const only = (banks: LintBank[], rule: string, itemId: string) => {
    const all = lint(banks).findings;
    expect(all.map((finding) => finding.rule)).toEqual([rule]);
    expect(all[0]).toMatchObject({ rule, severity: 'error', file: 'src/quizzes/topic-clean.yaml', itemId });
    return all[0];
  };

  it('a single-answer item with fewer than four options', () => {
    const three = single(
      't2',
      'analyze-cues',
      'Why does the beating repeat?',
      [
        'The reflex loop with the spinal cord is overactive',
        'The calf muscle has used up its stored energy supply',
        'The tendon at the heel has been torn by the stretching',
      ],
      passages.loop,
    );
    expect(only(replacing('t2', three), 'too-few-options', 't2')?.message).toMatch(/3 options/);
  });

  it('"all of the above" or "none of the above"', () => {
    const above = single(
      't2',
      'analyze-cues',
      'Why does the beating at the ankle repeat?',
      [
        'The reflex loop with the spinal cord is overactive',
        'The calf muscle has used up its stored energy supply',
        'The tendon at the heel has been torn by the stretching',
        'None of the above',
      ],
      passages.loop,
    );
    only(replacing('t2', above), 'of-the-above', 't2');
  });

  it('an absolute word in a distractor and not in the key', () => {
    const absolute = single(
      't2',
      'analyze-cues',
      'Why does the beating at the ankle repeat?',
      [
        'The reflex loop with the spinal cord is overactive',
        'The calf muscle always runs out of its energy supply',
        'The tendon at the heel has been torn by the stretching',
        'The skin nerves send a burst of pain to the brain first',
      ],
      passages.loop,
    );
    expect(only(replacing('t2', absolute), 'absolute-in-distractor', 't2')?.message).toMatch(/"always"/);
  });

  it('"can’t" with a curly apostrophe, as authors type it', () => {
    const curly = single(
      't2',
      'analyze-cues',
      'Why does the beating at the ankle repeat?',
      [
        'The reflex loop with the spinal cord is overactive',
        'The calf muscle can’t store enough of its energy',
        'The tendon at the heel has been torn by the stretching',
        'The skin nerves send a burst of pain to the brain first',
      ],
      passages.loop,
    );
    expect(only(replacing('t2', curly), 'absolute-in-distractor', 't2')?.message).toMatch(/"can’t"/);
  });

  it('but not when the key carries an absolute word too', () => {
    const both = single(
      't2',
      'analyze-cues',
      'Why does the beating at the ankle repeat?',
      [
        'Only the reflex loop with the cord is overactive',
        'The calf muscle always runs out of its energy supply',
        'The tendon at the heel has been torn by the stretching',
        'The skin nerves send a burst of pain to the brain first',
      ],
      passages.loop,
    );
    expect(summary(replacing('t2', both))).toEqual([]);
  });

  it('a key more than 30% longer than every distractor', () => {
    const long = single(
      't2',
      'analyze-cues',
      'Why does the beating at the ankle repeat?',
      [
        'The reflex loop between the muscle and the spinal cord has become overactive, so it fires again',
        'The calf muscle has used up its energy',
        'The heel tendon was torn by stretching',
        'Skin nerves send pain to the brain first',
      ],
      passages.loop,
    );
    expect(only(replacing('t2', long), 'key-too-long', 't2')?.message).toMatch(
      /longer than the longest distractor/,
    );
  });

  it('an item with no evidence', () => {
    const { evidence: _dropped, ...bare } = cleanTopicItems()[1] ?? {};
    expect(only(replacing('t2', bare), 'no-evidence', 't2')?.message).toMatch(/evidence/);
  });

  it('an item with no clinical-judgement tag', () => {
    const { judgement: _dropped, ...bare } = cleanTopicItems()[6] ?? {};
    only(replacing('t7', bare), 'no-judgement', 't7');
  });

  it('an evidence passage that is not in the source, failing the build', () => {
    const invented = {
      ...cleanTopicItems()[1],
      evidence: ['Clonus always stops once the patient drinks water.'],
    };
    const banks = replacing('t2', invented);
    expect(only(banks, 'evidence-not-in-source', 't2')?.message).toMatch(
      /evidence\.0.*not in src\/source\/clonus\.txt/,
    );
    const problems = lintBuildProblems(lint(banks));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/quizzes\/topic-clean\.yaml: item "t2": field "evidence\.0"/);
  });

  it('matches evidence to the source with white space and quote marks aside', () => {
    const spaced = {
      ...cleanTopicItems()[1],
      evidence: ['  It signals that something may be affecting\n the nervous system’s ability'],
    };
    expect(summary(replacing('t2', spaced))).toEqual([]);
  });
});

describe('the build', () => {
  it('fails on every error, naming file and item, and on none of the warnings', () => {
    const { evidence: _dropped, ...bare } = cleanTopicItems()[1] ?? {};
    expect(lintBuildProblems(lint(replacing('t2', bare)))).toEqual([
      'src/quizzes/topic-clean.yaml: item "t2": has no `evidence`: quote the source passages that support its key. [no-evidence]',
    ]);
    expect(lintBuildProblems(lint(cleanCourse()))).toEqual([]);
  });
});

describe('near-copies across banks', () => {
  it('a stem that nearly repeats an item of another bank, blamed on the topic quiz, not the check', () => {
    const copy = single(
      'k9',
      'recall',
      'While helping a client stand, you see the ankle beat in a rapid rhythm right after the foot is pushed up. Which finding is the cue?',
      [
        'A quick stretch of the muscle',
        'A light touch on the forehead',
        'A bright light shone in the eyes',
        'A loud clap behind the shoulder',
      ],
      passages.stretch,
    );
    const [topic, , scenario] = cleanCourse();
    const banks = [topic, checkBank([...cleanCheckItems(), copy]), scenario] as LintBank[];
    const found = findingsOf(banks, 'near-duplicate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'src/quizzes/topic-clean.yaml', itemId: 't1', severity: 'error' });
    expect(found[0]?.message).toMatch(/check-clean\.yaml item "k9"/);
    expect(lint(banks).nearDuplicates).toHaveLength(1);
  });

  it('a stem with its key that paraphrases another item', () => {
    const paraphrase = single(
      'k9',
      'recall',
      'What keeps the ankle beating again and again in clonus?',
      [
        'The reflex loop with the spinal cord is overactive',
        'The calf muscle has used up its stored energy supply',
        'The tendon at the heel has been torn by the stretching',
        'The skin nerves send a burst of pain to the brain first',
      ],
      passages.loop,
    );
    const [topic, , scenario] = cleanCourse();
    const found = findingsOf(
      [topic, checkBank([...cleanCheckItems(), paraphrase]), scenario] as LintBank[],
      'near-duplicate',
    );
    expect(found.map((finding) => finding.itemId)).toEqual(['t2']);
    expect(found[0]?.message).toMatch(/stem and key/);
  });

  it('a lesson scenario retold in a quiz', () => {
    const [topic, check] = cleanCourse();
    const retold = lessonScenario(
      'While helping a person stand, you see their ankle beat in a fast rhythm right after the foot is pushed up by you.',
    );
    const found = findingsOf([topic, check, retold] as LintBank[], 'near-duplicate');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/what-is-clonus\.mdx item "apply-it"/);
  });

  it('but not within one bank', () => {
    const twin = { ...cleanTopicItems()[0], id: 't8' };
    expect(
      findingsOf(
        withTopicItems((items) => [...items, twin]),
        'near-duplicate',
      ),
    ).toEqual([]);
  });
});

describe('select-all items', () => {
  it('an absolute word only in distractors', () => {
    const item = selectAll(
      't7',
      'recall',
      'Which describe the movement of clonus? Select all that apply.',
      ['Muscles contract and relax in a rhythm', 'The movement repeats without control'],
      ['The muscle never relaxes for many hours', 'The movement stops after one slow jerk'],
      passages.definition,
    );
    expect(
      findingsOf(replacing('t7', item), 'absolute-in-distractor').map((finding) => finding.itemId),
    ).toEqual(['t7']);
  });

  it('every key much longer than every distractor', () => {
    const item = selectAll(
      't7',
      'recall',
      'Which describe the movement of clonus? Select all that apply.',
      [
        'Muscles contract and then relax again in a rapid, repeated rhythm',
        'The movement repeats in a cycle without any voluntary control',
      ],
      ['The muscle stays tight', 'One slow jerk, then stop'],
      passages.definition,
    );
    expect(findingsOf(replacing('t7', item), 'key-too-long').map((finding) => finding.itemId)).toEqual([
      't7',
    ]);
  });
});

describe('course-level errors', () => {
  it('a topic quiz under 60% clinical judgement', () => {
    const recall = withTopicItems((items) =>
      items.map((item, index) => (index < 3 ? { ...item, judgement: 'recall' } : item)),
    );
    const found = findingsOf(recall, 'judgement-share');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'src/quizzes/topic-clean.yaml', itemId: '' });
    expect(found[0]?.message).toMatch(/3 of 7 items \(43%\)/);
  });

  it('a clinical-judgement step that no item of the course assesses', () => {
    const noEvaluation = withTopicItems((items) => items.filter((item) => item.id !== 't6'));
    const found = findingsOf(noEvaluation, 'judgement-steps');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/evaluate-outcomes/);
  });

  it('asks nothing of the steps while the course has no quiz yet', () => {
    expect(lint([]).findings).toEqual([]);
  });
});

describe('warnings', () => {
  const warningOf = (banks: LintBank[], rule: string) => {
    const found = lint(banks).findings;
    expect(found.map((finding) => `${finding.rule} ${finding.severity}`)).toEqual([`${rule} warning`]);
    return found[0];
  };

  it('the key longest more often than chance across a bank', () => {
    // Each key made longest by adding words a distractor lacks, under the 30% margin.
    const longer = withTopicItems((items) =>
      items.map((item) =>
        item.type !== 'single'
          ? item
          : {
              ...item,
              options: (item.options as { text: string; correct: boolean }[]).map((option) =>
                option.correct ? { ...option, text: `${option.text}, as seen` } : option,
              ),
            },
      ),
    );
    const found = warningOf(longer, 'key-longest-often');
    expect(found).toMatchObject({ file: 'src/quizzes/topic-clean.yaml', itemId: '' });
    expect(found?.message).toMatch(/in 6 of 6 single-answer questions, where chance gives 1\.5/);
  });

  it('a negative stem not in bold, and none once it is bold', () => {
    const negative = (word: string) =>
      single(
        't2',
        'analyze-cues',
        `Which does ${word} explain why the beating at the ankle repeats?`,
        [
          'The calf muscle has used up its stored energy supply',
          'The reflex loop with the spinal cord is overactive',
          'Overactive signals keep the muscle contracting again',
          'Repeated signals from the cord reach the calf muscle',
        ],
        passages.loop,
      );
    expect(warningOf(replacing('t2', negative('not')), 'negative-not-bold')?.itemId).toBe('t2');
    expect(summary(replacing('t2', negative('**NOT**')))).toEqual([]);
  });

  it('a negative word in a select-all question, before "Select all that apply."', () => {
    const item = selectAll(
      't7',
      'recall',
      'Which do **NOT** describe clonus? Which are least like it? Select all that apply.',
      ['The muscle stays tight for many hours', 'The movement stops after one slow jerk'],
      ['Muscles contract and relax in a rhythm', 'The movement repeats without control'],
      passages.definition,
    );
    expect(warningOf(replacing('t7', item), 'negative-not-bold')?.message).toMatch(/"least"/);
  });

  it('a stem ending in "an" when only the key starts with a vowel', () => {
    const article = single(
      't2',
      'analyze-cues',
      'The beating at the ankle repeats because the reflex loop is an',
      [
        'overactive loop with the spinal cord',
        'muscle that has used up its energy',
        'tendon that has torn with stretching',
        'nerve that sends pain to the brain',
      ],
      passages.loop,
    );
    expect(warningOf(replacing('t2', article), 'grammatical-cue')?.message).toMatch(/"an"/);
  });

  it('a stem ending in "are" when only the key is plural', () => {
    const plural = single(
      't2',
      'analyze-cues',
      'What repeats the beating at the ankle? The cause of the beating are',
      [
        'overactive reflex loop signals',
        'a muscle out of stored energy',
        'a tendon torn by the stretch',
        'a nerve sending pain upward',
      ],
      passages.loop,
    );
    expect(warningOf(replacing('t2', plural), 'grammatical-cue')?.message).toMatch(/plural/);
  });
});

describe('choices found by their shape', () => {
  it('finds a drop-down cloze’s entries without knowing its type', () => {
    const cloze = {
      type: 'cloze',
      id: 'c1',
      blanks: [
        {
          id: 'b1',
          options: [
            { id: 'a', text: 'stretch', correct: true },
            { id: 'b', text: 'touch', correct: false },
          ],
        },
      ],
    };
    expect(choiceGroups(cloze)).toEqual([
      {
        field: 'blanks.0.options',
        sideBySide: true,
        choices: [
          { text: 'stretch', correct: true },
          { text: 'touch', correct: false },
        ],
      },
    ]);
  });

  it('reads a drop-down passage as part of what the learner reads, for near-copies', () => {
    const cloze = {
      type: 'cloze',
      id: 'c1',
      stem: 'Complete the note.',
      ref: { lesson: 'what-is-clonus', section: 'four-key-features' },
      passage: [
        'The ankle jerks after a ',
        {
          id: 'b1',
          options: [
            { id: 'a', text: 'stretch', correct: true },
            { id: 'b', text: 'touch', correct: false },
          ],
        },
        '.',
      ],
    } as unknown as ScoredItem;
    expect(lintItem(cloze)).toMatchObject({
      prompt: 'Complete the note. The ankle jerks after a ….',
      keyText: 'stretch',
    });
  });

  it('reads a highlight passage’s phrases as choices that are not compared by length', () => {
    const highlight = {
      passage: [
        'Note: ',
        { id: 'p', text: 'jerking', correct: true },
        ' and ',
        { id: 'q', text: 'a long unrelated detail', correct: false },
      ],
    };
    expect(choiceGroups(highlight)).toMatchObject([{ field: 'passage', sideBySide: false }]);
  });
});

describe('chance of the key being longest', () => {
  it('is the binomial tail when every item has four options', () => {
    expect(chanceOfAtLeast(0, [0.25, 0.25])).toBeCloseTo(1);
    expect(chanceOfAtLeast(2, [0.25, 0.25])).toBeCloseTo(0.0625);
    expect(chanceOfAtLeast(1, [0.25, 0.5])).toBeCloseTo(1 - 0.75 * 0.5);
  });
});
