// The instructor guide's assessment blueprint as built: an accessible table whose counts are the
// quiz files' own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { quizContent, readContent } from '../../src/lib/content/collections';
import { scoredItems } from '../../src/lib/quiz/entries';
import { distRoot } from '../support/built-site';
import { projectRoot } from '../support/project';

const page = parse(readFileSync(join(distRoot, 'instructor', 'index.html'), 'utf8'));
const table = page
  .querySelectorAll('table')
  .find(
    (each) =>
      each.querySelector('caption')?.textContent.trim() ===
      'Quiz items by clinical-judgement step and by lesson',
  );
const cellsOf = (row: { querySelectorAll: (selector: string) => { textContent: string }[] }) =>
  row.querySelectorAll('th, td').map((cell) => cell.textContent.trim());

describe('the assessment blueprint in the instructor guide', () => {
  it('is a table with a caption and headers scoped to their columns and rows', () => {
    expect(table).toBeDefined();
    const columns = table?.querySelectorAll('thead th') ?? [];
    expect(columns.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(columns.map((header) => header.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      'Step',
      ...['1', '2', '3', '4', '5', '6'].map((number) => `Lesson ${number}`),
      'All',
    ]);
    const steps = (table?.querySelectorAll('tbody th') ?? []).map((header) => header.textContent.trim());
    expect(steps).toEqual([
      'Recognize cues',
      'Analyze cues',
      'Prioritize hypotheses',
      'Generate solutions',
      'Take action',
      'Evaluate outcomes',
      'Recall',
      'Not tagged yet',
    ]);
    const rowHeaders = table?.querySelectorAll('tbody th, tfoot th') ?? [];
    expect(rowHeaders.length).toBeGreaterThan(1);
    expect(rowHeaders.every((header) => header.getAttribute('scope') === 'row')).toBe(true);
  });

  it('counts every item of the quiz files', () => {
    const quizzes = readContent(quizContent, projectRoot);
    const all = quizzes.flatMap((quiz) => scoredItems(quiz.data.items));
    const totalRow = table?.querySelector('tfoot tr');
    expect(totalRow && cellsOf(totalRow).at(-1)).toBe(String(all.length));
    const stepTotals = (table?.querySelectorAll('tbody tr') ?? []).map((row) => Number(cellsOf(row).at(-1)));
    expect(stepTotals.reduce((sum, count) => sum + count, 0)).toBe(all.length);
  });
});
