// The budget rules the browser measurement is held to (scripts/budgets.ts) and the weighing it
// does (scripts/browser-weight.ts), with pages made up to be over and under.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFile, fileKind, weigh, type Weights } from '../../scripts/browser-weight.ts';
import {
  budgetFor,
  heaviestOfEachKind,
  overBudget,
  readBudgets,
  type Budgets,
} from '../../scripts/budgets.ts';
import { projectRoot } from '../support/project';

const budgets: Budgets = {
  perPage: { html: 10_000, css: 5_000, js: 25_600, total: 61_440 },
  lessonBeforeCheck: { js: 6_144 },
  validation: { js: 2_048 },
  pages: { '/post-test/': { html: 18_000 } },
};

const weights = (js: number, html = 5_000): Weights => ({
  html,
  css: 2_000,
  js,
  other: 0,
  total: html + 2_000 + js,
});

describe('the byte budgets', () => {
  it('keeps a page that is within every budget', () => {
    expect(
      overBudget({ page: '/glossary/', atLoad: weights(1_000), afterUse: weights(1_000) }, budgets),
    ).toEqual([]);
  });

  it('names the page, the kind and both figures of each budget exceeded', () => {
    expect(
      overBudget({ page: '/progress/', atLoad: weights(30_000), afterUse: weights(30_000) }, budgets),
    ).toEqual(['/progress/: js 30000 B gzip > budget 25600 B']);
  });

  it('holds a lesson to its smaller budget before the knowledge check is in view', () => {
    const lesson = { page: '/lessons/what-is-clonus/', atLoad: weights(7_000), afterUse: weights(20_000) };
    expect(overBudget(lesson, budgets)).toEqual([
      '/lessons/what-is-clonus/: js before the knowledge check is in view 7000 B gzip > budget 6144 B',
    ]);
    // Other pages have no such budget at load.
    expect(overBudget({ ...lesson, page: '/progress/' }, budgets)).toEqual([]);
  });

  it("uses a page's own budget where it has one, and every page's for the rest", () => {
    expect(budgetFor(budgets, '/post-test/', 'html')).toBe(18_000);
    expect(budgetFor(budgets, '/post-test/', 'js')).toBe(25_600);
    expect(
      overBudget({ page: '/post-test/', atLoad: weights(0), afterUse: weights(0, 17_000) }, budgets),
    ).toEqual([]);
    expect(overBudget({ page: '/', atLoad: weights(0), afterUse: weights(0, 17_000) }, budgets)).toContain(
      '/: html 17000 B gzip > budget 10000 B',
    );
  });

  it("reads the project's budgets, which hold the issue's goals for every page", () => {
    const project = readBudgets(projectRoot);
    expect(project.perPage.js).toBeLessThanOrEqual(25 * 1024);
    expect(project.perPage.total).toBeLessThanOrEqual(60 * 1024);
  });

  it('compares the heaviest page of each kind', () => {
    const loads = [
      { page: '/lessons/a/', afterUse: weights(20_000) },
      { page: '/lessons/b/', afterUse: weights(22_000) },
      { page: '/quizzes/topic-a/', afterUse: weights(21_000) },
      { page: '/quizzes/', afterUse: weights(1_000) },
    ];
    expect(heaviestOfEachKind(loads).map((load) => load.page)).toEqual([
      '/lessons/b/',
      '/quizzes/topic-a/',
      '/quizzes/',
    ]);
  });
});

describe('weighing what a browser fetched', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weigh-'));
  mkdirSync(join(dist, 'lessons', 'a'), { recursive: true });
  writeFileSync(join(dist, 'lessons', 'a', 'index.html'), '<p>a</p>');
  writeFileSync(join(dist, 'app.js'), 'export {};');
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  it('finds the built file a path is served from, folders by their index page', () => {
    expect(distFile(dist, '/lessons/a/')).toBe(join(dist, 'lessons', 'a', 'index.html'));
    expect(distFile(dist, '/app.js?v=2')).toBe(join(dist, 'app.js'));
    expect(distFile(dist, '/missing.js')).toBeUndefined();
  });

  it('sorts files by what the browser fetched them as', () => {
    expect(fileKind('document', '/')).toBe('html');
    expect(fileKind('stylesheet', '/a.css')).toBe('css');
    expect(fileKind('script', '/a.js')).toBe('js');
    // A module fetched by a script's dynamic import or a worker is still JavaScript.
    expect(fileKind('fetch', '/pagefind/pagefind.js')).toBe('js');
    expect(fileKind('fetch', '/pagefind/wasm.en.pagefind')).toBe('other');
  });

  it('sums bytes per kind and in all', () => {
    expect(
      weigh([
        { kind: 'js', gzip: 10 },
        { kind: 'js', gzip: 5 },
        { kind: 'css', gzip: 3 },
        { kind: 'other', gzip: 1 },
      ]),
    ).toEqual({ html: 0, css: 3, js: 15, other: 1, total: 19 });
  });
});
