// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { namesNissField } from '../../../src/engine/finder/niss-concepts.ts';
import { suiteSeed } from '../support/seed.ts';
import { confusableLabel, nissLabel } from './support/niss-labels.ts';
import { CAPTION_LANGS, type CaptionLang } from './support/right-captions.ts';

// The NISS field by meaning: generated labels of the new user's national number in four languages name the field;
// generated labels of fields built on the same words (the person's own number, the legal representative's, a
// search, the enterprise or employer number) never do, alone or beside the right field in one form. The oracle is
// the generator (never the code under test). Replay a failure with FC_SEED=<seed printed below>.

const SEED = suiteSeed();
const RUNS = 2_000;
console.log(`NISS label property suite: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

const tally = Object.fromEntries(CAPTION_LANGS.map((lang) => [lang, { positives: 0, found: 0 }])) as Record<
  CaptionLang,
  { positives: number; found: number }
>;
const misses: string[] = [];

afterAll(() => {
  // Nothing counted: the recall test was filtered out of this run (vitest -t).
  if (CAPTION_LANGS.every((lang) => tally[lang].positives === 0)) return;
  for (const lang of CAPTION_LANGS) {
    const { positives, found } = tally[lang];
    console.log(
      `NISS label property suite ${lang}: ${found}/${positives} generated labels named the NISS field`,
    );
    expect(positives).toBeGreaterThanOrEqual(300);
    expect(
      found / positives,
      `${lang} recall; misses e.g. ${misses.slice(0, 5).join(' | ')}`,
    ).toBeGreaterThanOrEqual(0.98);
  }
});

const params = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  lang: fc.constantFrom(...CAPTION_LANGS),
});

/** A form of labelled fields, in the given order; returns the document and its inputs. */
function form(labels: string[]): { doc: Document; inputs: HTMLInputElement[] } {
  const doc = document.implementation.createHTMLDocument('form');
  doc.body.innerHTML = `<main><h1>Gestion des accès</h1><form>${labels
    .map((_, i) => `<div><label for="f${i}"></label><input type="text" id="f${i}" name="f${i}"></div>`)
    .join('')}<button type="submit">Suivant</button></form></main>`;
  labels.forEach((label, i) => {
    (doc.querySelector(`label[for=f${i}]`) as HTMLLabelElement).textContent = label;
  });
  return { doc, inputs: [...doc.querySelectorAll('input')] };
}

describe('the NISS field read by meaning', () => {
  it('a label of the new user’s national number names the field (recall ≥ 0.98 per language)', () => {
    fc.assert(
      fc.property(params, ({ seed, lang }) => {
        const label = nissLabel(lang, seed);
        tally[lang].positives += 1;
        if (namesNissField(label)) tally[lang].found += 1;
        else if (misses.length < 20) misses.push(label);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a label of another field built on the same words never names it (precision 1)', () => {
    fc.assert(
      fc.property(params, ({ seed, lang }) => {
        const label = confusableLabel(lang, seed);
        expect(namesNissField(label), `« ${label} »`).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('in a form, the finder points at the new user’s field beside a confusable one, and at nothing without it', () => {
    fc.assert(
      fc.property(params, fc.boolean(), ({ seed, lang }, confusableFirst) => {
        const right = nissLabel(lang, seed);
        const wrong = confusableLabel(lang, seed + 1);
        const { doc, inputs } = form(confusableFirst ? [wrong, right] : [right, wrong]);
        const found = findTarget(doc, 'grant.niss');
        const expected = inputs[confusableFirst ? 1 : 0];
        expect(found.status === 'found' ? found.element : null, `« ${right} » beside « ${wrong} »`).toBe(
          expected,
        );
        const alone = form([wrong]);
        expect(findTarget(alone.doc, 'grant.niss').status, `« ${wrong} » alone`).toBe('not-found');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
