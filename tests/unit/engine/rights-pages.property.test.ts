// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findRights } from '../../../src/engine/finder/rights.ts';
import { suiteSeed } from '../support/seed.ts';
import {
  judgeRights,
  type RightsTally,
  rightsPageArbitrary,
  rightsPageHtml,
} from './robustness/rights-page.ts';

// Whole rights pages, generated (robustness/rights-page.ts), a profile asking for a random subset. The guide may
// tick a box only if it is the one written for that right (precision 1); recall is counted. Real browsers run a
// share of the same pages with style-sheet-hidden copies of the boxes (tests/e2e/robustness.e2e.ts).

const SEED = suiteSeed();
console.log(`rights pages property suite: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);
const tally: RightsTally = { asked: 0, found: 0, wrong: [] };

afterAll(() => {
  console.log(
    `rights pages property suite: ${tally.found}/${tally.asked} asked rights found on generated pages`,
  );
  expect(tally.found / tally.asked).toBeGreaterThanOrEqual(0.98);
});

describe('generated rights pages', () => {
  it('ticks only the box written for each asked right', () => {
    fc.assert(
      fc.property(rightsPageArbitrary(), (p) => {
        document.body.innerHTML = rightsPageHtml(p);
        const before = tally.wrong.length;
        judgeRights(tally, p, findRights(document, p.asked), (box) => (box as HTMLElement).dataset.right);
        expect(tally.wrong.slice(before), document.body.innerHTML).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000); // 150 pages of 18 boxes in jsdom: seconds of work, more on a busy machine
});
