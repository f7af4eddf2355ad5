// Issue 16: what validating untrusted data costs the browser stays within its budget
// (`validation` in bench/budgets.json), and no script the built site ships carries zod.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { bundleWeight, validatorModules } from '../../scripts/validator-weight.ts';
import { distRoot } from '../support/built-site';

const budget = budgets.validation.js;

describe('validation in the browser', () => {
  it('weighs no more than its budget: the schemas bundled alone with their checks, gzip', async () => {
    const weight = await bundleWeight();
    expect(weight.raw).toBeGreaterThan(0);
    expect(weight.gzip).toBeLessThanOrEqual(budget);
  });

  it('would exceed the budget with the zod/mini schemas it replaced (the check can fail)', async () => {
    const before = await bundleWeight(['tests/support/zod-mini-validators.ts']);
    expect(before.gzip).toBeGreaterThan(budget);
  });

  it('measures every module the browser validates with', async () => {
    // One module fewer weighs less: the measure reads each of them.
    for (const left of validatorModules) {
      const without = await bundleWeight(validatorModules.filter((module) => module !== left));
      expect(without.gzip, left).toBeLessThan((await bundleWeight()).gzip);
    }
  });

  it('ships no zod in any script of the built site', () => {
    const scripts = readdirSync(join(distRoot, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(distRoot, '_astro', file), 'utf8');
      // zod 4's core names its classes $ZodType, $ZodCheck… and keeps its state in `_zod`,
      // minified or not (the zod/mini chunk had both).
      expect(code, file).not.toMatch(/\$Zod|\b_zod\b/);
    }
  });
});
