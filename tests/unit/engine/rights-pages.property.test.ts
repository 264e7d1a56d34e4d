// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findRights } from '../../../src/engine/finder/rights.ts';
import { RIGHT_CONCEPTS } from '../../../src/engine/procedure/right-concepts.ts';
import { ALL_RIGHT_IDS, type RightId } from '../../../src/shared/profile.ts';
import { CAPTION_LANGS, captionOf } from './support/right-captions.ts';

// Whole rights pages, generated: every right of the catalogue as a checkbox captioned by the caption generator, in a
// shuffled order, labelled in one of the ways pages do it (wrapping label, label for, aria-label, aria-labelledby,
// table row, text after the box), some ticked, and a profile asking for a random subset. The guide may tick a box
// only if it is the one written for that right (precision 1); recall is counted.

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
console.log(`rights pages property suite: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);
let asked = 0;
let found = 0;

afterAll(() => {
  console.log(`rights pages property suite: ${found}/${asked} asked rights found on generated pages`);
  expect(found / asked).toBeGreaterThanOrEqual(0.98);
});

const LABELLINGS = ['wrap', 'for', 'aria-label', 'labelledby', 'row', 'after'] as const;

function box(
  id: number,
  right: RightId,
  caption: string,
  how: (typeof LABELLINGS)[number],
  checked: boolean,
) {
  const input = `<input type="checkbox" id="b${id}" data-right="${right}"${checked ? ' checked' : ''}`;
  const text = caption.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  switch (how) {
    case 'wrap':
      return `<div><label>${input}> ${text}</label></div>`;
    case 'for':
      return `<div>${input}> <label for="b${id}">${text}</label></div>`;
    case 'aria-label':
      return `<div>${input} aria-label="${text.replaceAll('"', '&quot;')}"></div>`;
    case 'labelledby':
      return `<div><span id="l${id}">${text}</span>${input} aria-labelledby="l${id}"></div>`;
    case 'row':
      return `<table><tr><td>${input}></td><td>${text}</td></tr></table>`;
    case 'after':
      return `<p>${input}> ${text}</p>`;
  }
}

describe('generated rights pages', () => {
  it('ticks only the box written for each asked right', () => {
    const pageArb = fc.record({
      lang: fc.constantFrom(...CAPTION_LANGS),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      order: fc.shuffledSubarray([...ALL_RIGHT_IDS], { minLength: ALL_RIGHT_IDS.length }),
      asked: fc.uniqueArray(fc.constantFrom(...ALL_RIGHT_IDS), { minLength: 1, maxLength: 6 }),
      hows: fc.array(fc.constantFrom(...LABELLINGS), { minLength: 18, maxLength: 18 }),
      ticks: fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }),
    });
    fc.assert(
      fc.property(pageArb, (p) => {
        document.body.innerHTML = p.order
          .map((right, i) => {
            const sets = RIGHT_CONCEPTS[right];
            const set = sets[(p.seed + i) % sets.length] ?? [];
            return box(
              i,
              right,
              captionOf([...set], p.lang, p.seed + i),
              p.hows[i] ?? 'wrap',
              p.ticks[i] ?? false,
            );
          })
          .join('');
        const result = findRights(document, p.asked);
        for (const right of p.asked) {
          asked += 1;
          const el = result.boxes[right];
          if (el) {
            found += 1;
            expect(el.dataset.right, `${right} in ${document.body.innerHTML}`).toBe(right);
          }
        }
        for (const el of result.wrongTicked) {
          expect(p.asked.includes(el.dataset.right as RightId)).toBe(false);
          expect(el.checked).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000); // 150 pages of 18 boxes in jsdom: seconds of work, more on a busy machine
});
