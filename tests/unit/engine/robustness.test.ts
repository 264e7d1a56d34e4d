// @vitest-environment jsdom
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import {
  buildPage,
  describeCase,
  frameLoader,
  type PageCase,
  pageCaseArbitrary,
} from './robustness/generator.ts';

// Property-based robustness of the finder on perturbed replica pages. Wrong targets must be 0 (precision 1.0);
// recall should reach 0.98. Replay a run with ROBUSTNESS_SEED=<seed> (and ROBUSTNESS_PAGES=<n>).

const SEED = Number(process.env.ROBUSTNESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PAGES = Number(process.env.ROBUSTNESS_PAGES ?? 1000);

interface Tally {
  present: number;
  removed: number;
  correct: number;
  wrong: number;
  missed: number;
  abstained: number;
}

describe('finder robustness on perturbed replica pages', () => {
  test(`${PAGES} generated pages, seed ${SEED}`, { timeout: 240_000 }, () => {
    console.info(`robustness: seed ${SEED}, ${PAGES} pages (replay: ROBUSTNESS_SEED=${SEED})`);
    const cases: PageCase[] = fc.sample(pageCaseArbitrary(), { seed: SEED, numRuns: PAGES });
    const loader = frameLoader(document);
    const tally: Tally = { present: 0, removed: 0, correct: 0, wrong: 0, missed: 0, abstained: 0 };
    const wrongCases: string[] = [];
    const missedCases: string[] = [];
    const started = performance.now();
    let findMs = 0;
    for (const c of cases) {
      const page = buildPage(c, loader);
      const t0 = performance.now();
      const result = findTarget(page.doc, page.step);
      findMs += performance.now() - t0;
      const found = result.status === 'found' ? result.element : null;
      if (page.expected) {
        tally.present++;
        if (found === page.expected) tally.correct++;
        else if (found) {
          tally.wrong++;
          wrongCases.push(describeCase(c));
        } else {
          tally.missed++;
          missedCases.push(describeCase(c));
        }
      } else {
        tally.removed++;
        if (found) {
          tally.wrong++;
          wrongCases.push(describeCase(c));
        } else tally.abstained++;
      }
    }
    const totalMs = performance.now() - started;
    const answered = tally.correct + tally.wrong;
    const figures = {
      seed: SEED,
      pages: PAGES,
      ...tally,
      precision: answered === 0 ? 1 : tally.correct / answered,
      recall: tally.present === 0 ? 1 : tally.correct / tally.present,
      findMsPerPage: findMs / PAGES,
      buildAndFindMsPerPage: totalMs / PAGES,
      at: new Date().toISOString(),
    };
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/robustness.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.info('robustness:', JSON.stringify(figures));
    if (missedCases.length > 0) console.info(`missed (first 10):\n${missedCases.slice(0, 10).join('\n')}`);
    expect(wrongCases, `wrong targets (seed ${SEED})`).toEqual([]);
    expect(figures.recall, `recall (seed ${SEED})`).toBeGreaterThanOrEqual(0.98);
  });
});
