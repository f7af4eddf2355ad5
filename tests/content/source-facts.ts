import type { SourceHeading } from '../../src/schemas/source-headings';

/**
 * Facts stated in the paragraphs of ../shared/source/clonus.txt, one entry per claim.
 * The coverage test (tests/dist/coverage.test.ts) requires every evidence phrase of every
 * fact to appear in the built lesson pages. List items and table rows are read from the
 * source itself, so they are not repeated here.
 */
export interface ParagraphFact {
  /** Source heading the paragraph sits under. */
  heading: SourceHeading;
  /** The claim, paraphrased from the source. */
  claim: string;
  /** Phrases that must all appear in the lesson text (case-insensitive, whitespace-normalised). */
  evidence: readonly string[];
}

export const paragraphFacts: readonly ParagraphFact[] = [
  // Clonus, first paragraph
  {
    heading: 'Clonus',
    claim: 'Muscles contract and relax in a rapid, repeated rhythm without control.',
    evidence: ['rapid, repeated rhythm', 'without control'],
  },
  {
    heading: 'Clonus',
    claim: 'Damage to the brain or spinal cord that disrupts normal nerve signals most often causes clonus.',
    evidence: ['disrupts normal nerve signals', 'most often causes clonus'],
  },
  {
    heading: 'Clonus',
    claim: 'Clonus is a key sign of certain neurological conditions.',
    evidence: ['key sign of certain neurological conditions'],
  },
  {
    heading: 'Clonus',
    claim: 'Clonus can also appear in other situations.',
    evidence: ['also appear in other situations'],
  },
  // Clonus, second paragraph
  {
    heading: 'Clonus',
    claim: 'People may notice clonus after a stroke, multiple sclerosis, or a spinal cord injury.',
    evidence: ['people may notice clonus', 'after a stroke, multiple sclerosis'],
  },
  {
    heading: 'Clonus',
    claim: 'Infections, brain tumors, or other upper motor neuron disorders can lead to clonus.',
    evidence: ['infections, brain tumors', 'affect the upper motor neurons'],
  },
  {
    heading: 'Clonus',
    claim: 'Certain medications or metabolic issues can trigger clonus even without a major disease.',
    evidence: ['certain medications or metabolic issues', 'even without a major disease'],
  },
  // Definition of Symptom, first paragraph
  {
    heading: 'Definition of Symptom',
    claim: 'Clonus is a neurological sign of involuntary muscle contractions in a rhythmic pattern.',
    evidence: ['neurological sign', 'involuntary muscle contractions', 'in a rhythmic pattern'],
  },
  {
    heading: 'Definition of Symptom',
    claim: 'The contractions often happen after a muscle is suddenly stretched.',
    evidence: ['after a muscle is suddenly stretched'],
  },
  {
    heading: 'Definition of Symptom',
    claim: 'The movement repeats in a cycle of contraction and relaxation.',
    evidence: ['cycle of contraction and relaxation'],
  },
  // Definition of Symptom, second paragraph
  {
    heading: 'Definition of Symptom',
    claim: 'Clonus acts as a type of reflex response.',
    evidence: ['type of reflex response'],
  },
  {
    heading: 'Definition of Symptom',
    claim: 'The reflex loop between the muscle and the spinal cord becomes overactive.',
    evidence: ['reflex loop between the muscle and the spinal cord', 'becomes overactive'],
  },
  {
    heading: 'Definition of Symptom',
    claim: 'The overactive loop makes the muscle jerk repeatedly without conscious control.',
    evidence: ['jerk repeatedly', 'without conscious control'],
  },
  // Definition of Symptom, third paragraph
  {
    heading: 'Definition of Symptom',
    claim: 'Clonus can affect different parts of the body.',
    evidence: ['different parts of the body'],
  },
  {
    heading: 'Definition of Symptom',
    claim: 'Clonus is most often seen in the ankles, knees, or wrists.',
    evidence: ['most often seen in the ankles, knees, or wrists'],
  },
  {
    heading: 'Definition of Symptom',
    claim: 'The number of rhythmic jerks varies with the person and the underlying cause.',
    evidence: ['number of rhythmic jerks', 'depending on the person and the underlying cause'],
  },
  // Key Features of Clonus, paragraph after the list
  {
    heading: 'Key Features of Clonus',
    claim: 'Upper motor neuron problems in the brain or spinal cord often lead to clonus.',
    evidence: ['upper motor neuron problems', 'often lead to clonus'],
  },
  {
    heading: 'Key Features of Clonus',
    claim: 'These problems can make reflexes stronger than normal.',
    evidence: ['reflexes stronger than normal'],
  },
  {
    heading: 'Key Features of Clonus',
    claim: 'Stronger reflexes lead to the repeated muscle movements seen in clonus.',
    evidence: ['repeated muscle movements seen in clonus'],
  },
  {
    heading: 'Key Features of Clonus',
    claim: 'In many cases, clonus is a sign rather than a standalone condition.',
    evidence: ['sign rather than a standalone condition'],
  },
  {
    heading: 'Key Features of Clonus',
    claim:
      'Clonus signals that something may be affecting the nervous system’s ability to control muscle activity.',
    evidence: ['something may be affecting', 'ability to control muscle activity'],
  },
  // Possible Causes/Clonus Causes Condition, first paragraph
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim:
      'Clonus often develops when damage affects the brain or spinal cord pathways that control muscle movement.',
    evidence: ['pathways that control muscle movement', 'clonus often develops'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'This damage disrupts normal reflex signals and causes repeated muscle contractions.',
    evidence: ['disrupts normal reflex signals', 'causes repeated muscle contractions'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'Several common neurological conditions are linked to clonus.',
    evidence: ['common neurological conditions linked to clonus'],
  },
  // Possible Causes/Clonus Causes Condition, paragraph after the list
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'Clonus may also appear after traumatic brain injury.',
    evidence: ['after traumatic brain injury'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim:
      'The injury can disturb the brain’s ability to regulate reflexes, leading to rhythmic muscle movements.',
    evidence: ['ability to regulate reflexes', 'leading to rhythmic muscle movements'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'Certain drug-related conditions can also cause clonus.',
    evidence: ['drug-related conditions'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'Serotonin syndrome or serotonin toxicity is often linked to medication reactions.',
    evidence: ['serotonin syndrome or serotonin toxicity', 'often linked to medication reactions'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim:
      'Serotonin syndrome can overstimulate the nervous system and produce involuntary muscle contractions.',
    evidence: ['overstimulate the nervous system', 'produce involuntary muscle contractions'],
  },
  // Possible Causes/Clonus Causes Condition, paragraph after the table
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'Some causes are temporary, such as drug reactions.',
    evidence: ['some causes are temporary', 'such as drug reactions'],
  },
  {
    heading: 'Possible Causes/Clonus Causes Condition',
    claim: 'Other causes are chronic, like degenerative neurological diseases.',
    evidence: ['others are chronic', 'degenerative neurological diseases'],
  },
  // Other Non-Disease Causes, first paragraph
  {
    heading: 'Other Non-Disease Causes',
    claim: 'Clonus can sometimes occur without an underlying disease.',
    evidence: ['sometimes occur without an underlying disease'],
  },
  {
    heading: 'Other Non-Disease Causes',
    claim: 'Temporary factors that affect the nervous system or muscles may be responsible.',
    evidence: ['temporary factors', 'affect the nervous system or muscles'],
  },
  {
    heading: 'Other Non-Disease Causes',
    claim: 'These causes are usually reversible once the trigger is removed.',
    evidence: ['usually reversible', 'once the trigger is removed'],
  },
  {
    heading: 'Other Non-Disease Causes',
    claim: 'There are common non-disease causes of clonus.',
    evidence: ['common non-disease causes include'],
  },
  // Other Non-Disease Causes, paragraph after the table
  {
    heading: 'Other Non-Disease Causes',
    claim: 'Nervous system overstimulation from stress or lack of sleep may also play a role.',
    evidence: ['nervous system overstimulation', 'stress or lack of sleep'],
  },
  {
    heading: 'Other Non-Disease Causes',
    claim: 'These episodes are usually short-lived.',
    evidence: ['usually short-lived'],
  },
  {
    heading: 'Other Non-Disease Causes',
    claim: 'Repeated occurrences should be checked by a healthcare provider.',
    evidence: ['repeated occurrences should be checked by a healthcare provider'],
  },
  // How It Causes the Symptom, first paragraph
  {
    heading: 'How It Causes the Symptom',
    claim: 'Clonus occurs when the nervous system sends repeated signals to a muscle after it is stretched.',
    evidence: ['sends repeated signals to a muscle', 'after it is stretched'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim: 'These signals make the muscle contract and relax in a rapid, rhythmic pattern.',
    evidence: ['rapid, rhythmic pattern'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim:
      'Upper motor neuron lesions, which affect the brain or spinal cord pathways that control movement, often play a role.',
    evidence: ['upper motor neuron lesions', 'pathways that control movement', 'often play a role'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim: 'Damage in these areas disrupts normal reflex control.',
    evidence: ['damage in these areas disrupts normal reflex control'],
  },
  // How It Causes the Symptom, second paragraph
  {
    heading: 'How It Causes the Symptom',
    claim: 'When reflex control is impaired, muscles may become overactive.',
    evidence: ['reflex control is impaired', 'muscles may become overactive'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim: 'This can lead to increased muscle tone that makes movement stiff or jerky.',
    evidence: ['increased muscle tone', 'movement stiff or jerky'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim: 'High muscle tone combined with faulty reflex signals can trigger muscle spasms.',
    evidence: ['high muscle tone and faulty reflex signals', 'trigger muscle spasms'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim: 'In clonus, the spasms repeat in a regular rhythm instead of stopping after one contraction.',
    evidence: ['repeat in a regular rhythm', 'instead of stopping after one contraction'],
  },
  // How It Causes the Symptom, paragraph after the table
  {
    heading: 'How It Causes the Symptom',
    claim: 'Clonus can appear in the ankles, knees, wrists, or other joints.',
    evidence: ['ankles, knees, wrists, or other joints'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim:
      'Clonus is often more noticeable when a muscle is suddenly stretched, such as when the foot is quickly flexed upward.',
    evidence: ['more noticeable when a muscle is suddenly stretched', 'foot is quickly flexed upward'],
  },
  {
    heading: 'How It Causes the Symptom',
    claim:
      'Clonus may occur alongside other neurological signs, such as weakness or changes in coordination, depending on the underlying cause.',
    evidence: ['other neurological signs', 'weakness or changes in coordination'],
  },
  // Possible Complications, first paragraph
  {
    heading: 'Possible Complications',
    claim: 'Clonus can interfere with daily movement and mobility.',
    evidence: ['interfere with daily movement and mobility'],
  },
  {
    heading: 'Possible Complications',
    claim: 'Frequent muscle contractions may make it harder to walk, stand, or perform fine motor tasks.',
    evidence: ['frequent muscle contractions', 'perform fine motor tasks'],
  },
  {
    heading: 'Possible Complications',
    claim: 'This increases the risk of falls.',
    evidence: ['increasing the risk of falls'],
  },
  {
    heading: 'Possible Complications',
    claim: 'Muscle fatigue is common when clonus is severe or prolonged.',
    evidence: ['muscle fatigue is common', 'severe or prolonged'],
  },
  {
    heading: 'Possible Complications',
    claim: 'Overworked muscles may become sore or weak, making physical activity more difficult.',
    evidence: ['overworked muscles may become sore or weak', 'physical activity more difficult'],
  },
  // Possible Complications, second paragraph
  {
    heading: 'Possible Complications',
    claim: 'In some cases, joint stress can occur.',
    evidence: ['joint stress can occur'],
  },
  {
    heading: 'Possible Complications',
    claim:
      'Repeated contractions strain tendons and ligaments, which may lead to discomfort or injury over time.',
    evidence: ['strain on tendons and ligaments', 'discomfort or injury over time'],
  },
  {
    heading: 'Possible Complications',
    claim:
      'Clonus related to neurological disorders can be linked with increased muscle tone or overactive reflexes.',
    evidence: ['related to neurological disorders', 'increased muscle tone or overactive reflexes'],
  },
  {
    heading: 'Possible Complications',
    claim: 'These symptoms may further limit range of motion and flexibility.',
    evidence: ['limit range of motion and flexibility'],
  },
  {
    heading: 'Possible Complications',
    claim: 'There are several possible complications of clonus.',
    evidence: ['possible complications can include'],
  },
  // Possible Complications, paragraph after the list
  {
    heading: 'Possible Complications',
    claim:
      'If clonus results from stroke, multiple sclerosis, or spinal cord injury, the underlying disease may progress and lead to additional neurological difficulties.',
    evidence: ['underlying disease may progress', 'additional neurological difficulties'],
  },
  {
    heading: 'Possible Complications',
    claim: 'This may require more complex treatment and rehabilitation.',
    evidence: ['more complex treatment and rehabilitation'],
  },
  {
    heading: 'Possible Complications',
    claim:
      'Untreated or poorly managed clonus can affect quality of life by limiting participation in work, exercise, and social activities.',
    evidence: [
      'untreated or poorly managed clonus',
      'quality of life',
      'work, exercise, and social activities',
    ],
  },
  // When to Seek Medical Attention, first paragraph
  {
    heading: 'When to Seek Medical Attention',
    claim: 'Clonus can signal a problem with the nervous system.',
    evidence: ['signal a problem with the nervous system'],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim: 'Seek medical care if muscle contractions are new, frequent, or getting worse.',
    evidence: ['seek medical care', 'new, frequent, or getting worse'],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim:
      'Get checked right away if clonus appears after a head injury, spinal injury, or sudden change in movement or feeling.',
    evidence: [
      'get checked right away',
      'head injury, spinal injury',
      'sudden change in movement or feeling',
    ],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim: 'Early evaluation can help find and treat serious problems.',
    evidence: ['early evaluation', 'find and treat serious problems'],
  },
  // When to Seek Medical Attention, second paragraph
  {
    heading: 'When to Seek Medical Attention',
    claim: 'See a doctor if clonus keeps happening or makes it hard to walk, stand, or sleep.',
    evidence: ['see a doctor', 'keeps happening', 'hard to walk, stand, or sleep'],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim: 'Even mild symptoms should be checked if they affect balance or safety.',
    evidence: ['even mild symptoms', 'affect balance or safety'],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim: 'Get help quickly if clonus happens with other symptoms.',
    evidence: ['get help quickly if clonus happens with other symptoms'],
  },
  // When to Seek Medical Attention, paragraph after the list
  {
    heading: 'When to Seek Medical Attention',
    claim: 'A healthcare provider will check muscle tone, reflexes, and movement.',
    evidence: ['check muscle tone, reflexes, and movement'],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim: 'The provider will also review the medical history to look for possible causes.',
    evidence: ['medical history', 'look for possible causes'],
  },
  {
    heading: 'When to Seek Medical Attention',
    claim: 'If unsure whether symptoms need urgent care, contact a medical professional for advice.',
    evidence: ['need urgent care', 'contact a medical professional for advice'],
  },
];
