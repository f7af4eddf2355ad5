// The byte budgets in bench/budgets.json and how a measured page is held to them. Used by
// `npm run bench` and tests/e2e/budgets.spec.ts, so the report and the test agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageLoad, Weights } from './browser-weight.ts';

export const budgetKinds = ['html', 'css', 'js', 'total'] as const;
export type BudgetKind = (typeof budgetKinds)[number];
type Budget = Record<BudgetKind, number>;

export interface Budgets {
  /** Every page, after scrolling and using it, unless `pages` says otherwise. */
  perPage: Budget;
  /** A lesson as it opens, before its knowledge check is in view. */
  lessonBeforeCheck: Pick<Budget, 'js'>;
  /** Pages with a budget of their own, by site path; what they leave out is the per-page budget. */
  pages: Record<string, Partial<Budget>>;
  /** The browser's validators bundled alone (scripts/validator-weight.ts). */
  validation: Pick<Budget, 'js'>;
}

/** bench/budgets.json of the project at `root`. */
export function readBudgets(root: string): Budgets {
  const file = JSON.parse(readFileSync(join(root, 'bench', 'budgets.json'), 'utf8')) as Partial<Budgets>;
  const { perPage, lessonBeforeCheck, pages = {}, validation } = file;
  if (!perPage || !lessonBeforeCheck || !validation)
    throw new Error('bench/budgets.json needs perPage, lessonBeforeCheck and validation');
  for (const [page, own] of Object.entries(pages))
    for (const kind of Object.keys(own).filter((key) => !key.startsWith('$')))
      if (!(budgetKinds as readonly string[]).includes(kind))
        throw new Error(
          `bench/budgets.json: pages["${page}"].${kind} is not one of ${budgetKinds.join(', ')}`,
        );
  return { perPage, lessonBeforeCheck, pages, validation };
}

/** A page's own budget for `kind` where it has one, else every page's. */
export function budgetFor(budgets: Budgets, page: string, kind: BudgetKind): number {
  const own = budgets.pages[page]?.[kind];
  return typeof own === 'number' ? own : budgets.perPage[kind];
}

export const isLesson = (page: string) => page.startsWith('/lessons/');

/** One sentence per budget the page exceeds; none when it keeps them all. */
export function overBudget(load: Pick<PageLoad, 'page' | 'atLoad' | 'afterUse'>, budgets: Budgets): string[] {
  const over = (what: string, bytes: number, budget: number) =>
    bytes > budget ? [`${load.page}: ${what} ${String(bytes)} B gzip > budget ${String(budget)} B`] : [];
  const all = budgetKinds.flatMap((kind) =>
    over(kind === 'total' ? 'in all' : kind, load.afterUse[kind], budgetFor(budgets, load.page, kind)),
  );
  const atLoad = isLesson(load.page)
    ? over('js before the knowledge check is in view', load.atLoad.js, budgets.lessonBeforeCheck.js)
    : [];
  return [...atLoad, ...all];
}

/** Kinds of page, for the bench's comparison: every lesson is a lesson, every topic quiz a topic quiz. */
export function pageKind(page: string): string {
  if (isLesson(page)) return 'lesson';
  if (page.startsWith('/quizzes/') && page !== '/quizzes/') return 'topic quiz';
  return page;
}

/** The heaviest page of each kind by JavaScript in all, in first-seen order: the honest one to compare. */
export function heaviestOfEachKind<T extends { page: string; afterUse: Weights }>(loads: readonly T[]): T[] {
  const byKind = new Map<string, T>();
  for (const load of loads) {
    const kind = pageKind(load.page);
    const seen = byKind.get(kind);
    if (!seen || load.afterUse.js > seen.afterUse.js) byKind.set(kind, load);
  }
  return [...byKind.values()];
}
