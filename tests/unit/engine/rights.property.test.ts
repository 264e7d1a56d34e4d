import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rightOfCaption } from '../../../src/engine/finder/rights.ts';
import { type Concept, RIGHT_CONCEPTS } from '../../../src/engine/procedure/right-concepts.ts';
import { ALL_RIGHT_IDS, type RightId } from '../../../src/shared/profile.ts';
import { suiteSeed } from '../support/seed.ts';
import { CAPTION_LANGS, type CaptionLang, captionOf, SURFACE } from './support/right-captions.ts';

// Property suite over generated captions of rights, in four languages: shuffled order, filler words, case, accents,
// hyphens, compounds, domain prefixes. The oracle is the concept set the caption was written from (never the code
// under test): a caption names the right whose set equals it, or nothing; never another right. Replay a failure
// with FC_SEED=<seed printed below>.

const SEED = suiteSeed();
const RUNS = 3_000;
console.log(`rights property suite: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

const setKey = (set: Iterable<Concept>) => [...new Set(set)].sort().join('+');
/** The oracle: the right whose concept set is exactly this one, from the catalogue's own data. */
const ORACLE = new Map<string, RightId>();
for (const right of ALL_RIGHT_IDS) for (const set of RIGHT_CONCEPTS[right]) ORACLE.set(setKey(set), right);
const ALL_CONCEPTS = Object.keys(SURFACE.fr) as Concept[];

const tally: Record<CaptionLang, { positives: number; found: number }> = {
  fr: { positives: 0, found: 0 },
  nl: { positives: 0, found: 0 },
  de: { positives: 0, found: 0 },
  en: { positives: 0, found: 0 },
};
const misses: string[] = [];

afterAll(() => {
  for (const lang of CAPTION_LANGS) {
    const { positives, found } = tally[lang];
    console.log(`rights property suite ${lang}: ${found}/${positives} generated captions named their right`);
    expect(positives).toBeGreaterThanOrEqual(500);
    expect(
      found / positives,
      `${lang} recall; misses e.g. ${misses.slice(0, 5).join(' | ')}`,
    ).toBeGreaterThanOrEqual(0.98);
  }
});

const lang = fc.constantFrom(...CAPTION_LANGS);
const aRightSet = fc
  .constantFrom(...ALL_RIGHT_IDS)
  .chain((right) => fc.constantFrom(...RIGHT_CONCEPTS[right]).map((set) => ({ right, set: [...set] })));
const params = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  lang,
});

describe('rights read by concept', () => {
  it('a caption written from a right’s concept set names that right (precision 1, recall ≥ 0.98 per language)', () => {
    fc.assert(
      fc.property(aRightSet, params, ({ right, set }, { seed, lang }) => {
        const caption = captionOf(set, lang, seed);
        const got = rightOfCaption(caption);
        tally[lang].positives += 1;
        if (got === right) tally[lang].found += 1;
        else if (misses.length < 20) misses.push(`${caption} → ${got}`);
        expect(got === right || got === null, `« ${caption} » read as ${got}, written as ${right}`).toBe(
          true,
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a set one concept short, one too many, two rights merged or random names its own right or nothing', () => {
    const otherSet = fc.oneof(
      aRightSet.chain(({ set }) =>
        fc.integer({ min: 0, max: set.length - 1 }).map((i) => set.filter((_, j) => j !== i)),
      ),
      fc.tuple(aRightSet, fc.constantFrom(...ALL_CONCEPTS)).map(([{ set }, extra]) => [...set, extra]),
      fc.tuple(aRightSet, aRightSet).map(([a, b]) => [...a.set, ...b.set]),
      fc.uniqueArray(fc.constantFrom(...ALL_CONCEPTS), { minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(otherSet, params, (set, { seed, lang }) => {
        fc.pre(set.length > 0);
        const caption = captionOf(set, lang, seed);
        const got = rightOfCaption(caption);
        const expected = ORACLE.get(setKey(set)) ?? null;
        expect(
          got === expected || got === null,
          `« ${caption} » read as ${got}, its set names ${expected}`,
        ).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an unknown word (a qualifier, a negation) makes a caption name nothing', () => {
    const unknown = fc.constantFrom(
      'trimestrielle',
      'annulation',
      'pas',
      'niet',
      'nicht',
      'not',
      'Intérimaires',
      'B2',
    );
    fc.assert(
      fc.property(aRightSet, params, unknown, ({ set }, { seed, lang }, word) => {
        const caption = `${captionOf(set, lang, seed)} ${word}`;
        expect(rightOfCaption(caption), caption).toBeNull();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every pair of rights stays apart: no concept set of one is a set of another', () => {
    for (const a of ALL_RIGHT_IDS)
      for (const b of ALL_RIGHT_IDS)
        if (a !== b)
          for (const sa of RIGHT_CONCEPTS[a])
            for (const sb of RIGHT_CONCEPTS[b]) expect(setKey(sa), `${a} / ${b}`).not.toBe(setKey(sb));
  });
});
