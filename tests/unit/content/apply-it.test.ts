// A lesson's "Apply it" scenario, which the item linter keeps apart from every quiz.
import { describe, expect, it } from 'vitest';
import { applyItScenario } from '../../../src/lib/content/apply-it';

describe('the Apply it scenario', () => {
  it('is the story under the heading, without the Check yourself questions or the key points', () => {
    const mdx = [
      '---',
      'title: A lesson',
      '---',
      '',
      'Body text.',
      '',
      '## Apply it',
      '',
      'You are caring for a person *who had a stroke*.',
      '',
      'Their ankle jerks.',
      '',
      'Check yourself:',
      '',
      '- Which feature do you see?',
      '',
      '<KeyPoints>',
      '',
      '- A point.',
      '',
      '</KeyPoints>',
    ].join('\n');
    expect(applyItScenario(mdx)).toBe('You are caring for a person who had a stroke. Their ankle jerks.');
  });

  it('is missing when the lesson has no Apply it heading', () => {
    expect(applyItScenario('---\ntitle: A lesson\n---\n\n## Key ideas\n\nText.\n')).toBeUndefined();
  });
});
