import fc from 'fast-check';
import { RIGHT_CONCEPTS } from '../../../../src/engine/procedure/right-concepts.ts';
import { ALL_RIGHT_IDS, type RightId } from '../../../../src/shared/profile.ts';
import { CAPTION_LANGS, captionOf } from '../support/right-captions.ts';
import { HIDING_KINDS, HIDING_SHEET } from './generator.ts';

// Whole rights pages, generated: every right of the catalogue as a checkbox captioned by the caption generator, in a
// shuffled order, labelled in one of the ways pages do it (wrapping label, label for, aria-label, aria-labelledby,
// table row, text after the box), some ticked, and a profile asking for a random subset. With `withLayout`, some
// asked rights also get a copy of their box hidden by a style sheet alone (no box, opacity 0, off-screen, clipped,
// sr-only), which only a real browser's layout reveals. Each box says which right it was written for
// (data-right; "hidden" on the copies): the judge reads that, the finder never does.

export const LABELLINGS = ['wrap', 'for', 'aria-label', 'labelledby', 'row', 'after'] as const;
type Labelling = (typeof LABELLINGS)[number];

export interface RightsPageCase {
  lang: (typeof CAPTION_LANGS)[number];
  seed: number;
  order: RightId[];
  asked: RightId[];
  hows: Labelling[];
  ticks: boolean[];
  /** Per box: the index of a layout hiding for a hidden copy of it, or -1 for none. */
  hidden: number[];
}

const SIZE = ALL_RIGHT_IDS.length;

export function rightsPageArbitrary(withLayout = false): fc.Arbitrary<RightsPageCase> {
  return fc.record({
    lang: fc.constantFrom(...CAPTION_LANGS),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    order: fc.shuffledSubarray([...ALL_RIGHT_IDS], { minLength: SIZE }),
    asked: fc.uniqueArray(fc.constantFrom(...ALL_RIGHT_IDS), { minLength: 1, maxLength: 6 }),
    hows: fc.array(fc.constantFrom(...LABELLINGS), { minLength: SIZE, maxLength: SIZE }),
    ticks: fc.array(fc.boolean(), { minLength: SIZE, maxLength: SIZE }),
    hidden: fc.array(
      withLayout ? fc.integer({ min: -HIDING_KINDS.length, max: HIDING_KINDS.length - 1 }) : fc.constant(-1),
      { minLength: SIZE, maxLength: SIZE },
    ),
  });
}

function box(id: string, right: string, caption: string, how: Labelling, checked: boolean, hiding?: string) {
  const input = `<input type="checkbox" id="b${id}" data-right="${right}"${checked ? ' checked' : ''}`;
  const text = caption.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const block = (inner: string, tag = 'div') =>
    `<${tag}${hiding ? ` data-onss-layout-hidden="${hiding}"` : ''}>${inner}</${tag}>`;
  switch (how) {
    case 'wrap':
      return block(`<label>${input}> ${text}</label>`);
    case 'for':
      return block(`${input}> <label for="b${id}">${text}</label>`);
    case 'aria-label':
      return block(`${input} aria-label="${text.replaceAll('"', '&quot;')}">`);
    case 'labelledby':
      return block(`<span id="l${id}">${text}</span>${input} aria-labelledby="l${id}">`);
    case 'row':
      return block(`<tr><td>${input}></td><td>${text}</td></tr>`, 'table');
    case 'after':
      return block(`${input}> ${text}`, 'p');
  }
}

/** The page's body; its style sheet (for the hidden copies) is HIDING_SHEET. */
export function rightsPageHtml(p: RightsPageCase): string {
  return p.order
    .map((right, i) => {
      const sets = RIGHT_CONCEPTS[right];
      const caption = captionOf([...(sets[(p.seed + i) % sets.length] ?? [])], p.lang, p.seed + i);
      const how = p.hows[i] ?? 'wrap';
      const shown = box(String(i), right, caption, how, p.ticks[i] ?? false);
      const hiding = HIDING_KINDS[p.hidden[i] ?? -1];
      // The copy comes first in the page: a finder taking the first match would take it.
      return hiding ? box(`h${i}`, 'hidden', caption, how, false, hiding) + shown : shown;
    })
    .join('');
}

export { HIDING_SHEET };

export interface RightsTally {
  asked: number;
  found: number;
  wrong: string[];
}

/** Judges one page's answer: each box returned for an asked right must be the visible one written for it; each box
 *  reported as a ticked look-alike must be ticked and not asked. */
export function judgeRights(
  tally: RightsTally,
  p: RightsPageCase,
  result: { boxes: Partial<Record<RightId, HTMLInputElement>>; wrongTicked: readonly HTMLInputElement[] },
  writtenFor: (box: Element) => string | undefined,
): void {
  const where = `${p.lang} seed ${p.seed}`;
  for (const right of p.asked) {
    tally.asked += 1;
    const el = result.boxes[right];
    if (!el) continue;
    if (writtenFor(el) === right) tally.found += 1;
    else tally.wrong.push(`${right} → box of ${writtenFor(el)} (${where})`);
  }
  for (const el of result.wrongTicked) {
    const right = writtenFor(el);
    if (!el.checked || p.asked.includes(right as RightId) || right === 'hidden')
      tally.wrong.push(`look-alike reported: ${right} (${where})`);
  }
}
