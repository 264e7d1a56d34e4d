// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { renderScreen, screenInfo } from '../../../replica/render/index.ts';
import { RIGHTS, rightCaption } from '../../../replica/render/rights.ts';
import { LANGS, WORDINGS } from '../../../replica/render/types.ts';
import { findRights, type KnownRight, rightOfCaption } from '../../../src/engine/finder/rights.ts';
import { allTexts } from '../../../src/engine/procedure/index.ts';
import { ALL_RIGHT_IDS, RIGHT_IDS } from '../../../src/shared/profile.ts';
import { parsePage, STATIC_VARIANTS } from './support/replica-pages.ts';
import { RIGHT_WORDINGS } from './support/right-wordings.ts';

// A wrong tick on the rights page is the worst failure the product can have: every confusable pair is tested,
// in every language, with case and accents changed.

/** Pairs a careless matcher would confuse (one caption is a word-for-word part of the other, or shares most words). */
const CONFUSABLE: [string, KnownRight, string, KnownRight][] = [
  ['Déclaration de modification DmfA', 'dmfa-modification', 'Déclaration DmfA', 'dmfa-declaration'],
  ['Déclaration de modification DmfA', 'dmfa-modification', 'Consultation DmfA', 'dmfa-consultation'],
  [
    "Modification d'une déclaration-ONSS (DMFA)",
    'dmfa-modification',
    'Déclaration-ONSS (DMFA)',
    'dmfa-declaration',
  ],
  ['Déclaration Dimona', 'dimona-declaration', 'Consultation Dimona', 'dimona-consultation'],
  ['Consultation Factures', 'consultation-factures', 'Consultation DmfA', 'dmfa-consultation'],
  ['Wijziging van een RSZ-aangifte (DMFA)', 'dmfa-modification', 'RSZ-aangifte (DMFA)', 'dmfa-declaration'],
  ['Wijzigingsaangifte DmfA', 'dmfa-modification', 'DmfA-aangifte', 'dmfa-declaration'],
  ['Wijzigingsaangifte DmfA', 'dmfa-modification', 'Raadpleging DmfA', 'dmfa-consultation'],
  ['Dimona-aangifte', 'dimona-declaration', 'Raadpleging Dimona', 'dimona-consultation'],
  ['Raadpleging Facturen', 'consultation-factures', 'Raadpleging DmfA', 'dmfa-consultation'],
  ['Änderungserklärung DmfA', 'dmfa-modification', 'DmfA-Erklärung', 'dmfa-declaration'],
  ['Änderung einer LSS-Erklärung (DMFA)', 'dmfa-modification', 'LSS-Erklärung (DMFA)', 'dmfa-declaration'],
  ['Dimona-Erklärung', 'dimona-declaration', 'Einsichtnahme Dimona', 'dimona-consultation'],
  ['DmfA modification declaration', 'dmfa-modification', 'DmfA declaration', 'dmfa-declaration'],
  ['Dimona declaration', 'dimona-declaration', 'Dimona consultation', 'dimona-consultation'],
];

function shout(text: string): string {
  return text.toUpperCase();
}
function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
function messy(text: string): string {
  return `  ${text.replaceAll(' ', '   ').replaceAll("'", '’')} `;
}

describe('rightOfCaption', () => {
  test.each(CONFUSABLE)('« %s » (%s) is never « %s » (%s)', (a, rightA, b, rightB) => {
    for (const transform of [(t: string) => t, shout, stripAccents, messy, (t: string) => t.toLowerCase()]) {
      expect(rightOfCaption(transform(a))).toBe(rightA);
      expect(rightOfCaption(transform(b))).toBe(rightB);
    }
  });

  test('every caption of every right names that right, and only it', () => {
    for (const [right, texts] of Object.entries(RIGHT_WORDINGS)) {
      for (const text of allTexts(texts)) expect(rightOfCaption(text), text).toBe(right);
    }
  });

  test('a fragment, or a caption with more words, names nothing', () => {
    for (const text of [
      'DmfA',
      'Dimona',
      'Déclaration',
      'Modification',
      'Consultation',
      'Déclaration DmfA trimestrielle',
    ]) {
      expect(rightOfCaption(text), text).toBeNull();
    }
    expect(rightOfCaption('Déclaration de modification DmfA et Déclaration DmfA')).toBeNull();
  });

  test('parts of a caption must agree: one right named twice is fine, two rights are not', () => {
    expect(rightOfCaption('Ecaro — Consultation externe A055 ONEM')).toBe('ecaro');
    expect(rightOfCaption("Déclaration immédiate de l'emploi (Dimona)")).toBe('dimona-declaration');
    expect(rightOfCaption('Déclaration DmfA — Déclaration Dimona')).toBeNull();
  });
});

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findRights on hand-made pages', () => {
  test('finds the four boxes by label and lists ticked decoys', () => {
    const doc = page(`
      <label><input type="checkbox" id="a" checked> Déclaration DmfA</label>
      <label><input type="checkbox" id="b"> DÉCLARATION DE MODIFICATION DMFA</label>
      <table><tr><td><input type="checkbox" id="c"></td><td>Déclaration Dimona</td></tr>
             <tr><td><input type="checkbox" id="d" checked></td><td>Consultation Dimona</td></tr></table>
      <input type="checkbox" id="e" aria-label="Consultation Factures">
      <span id="l">Ecaro</span><input type="checkbox" id="f" aria-labelledby="l">
      <input type="checkbox" id="g" checked> Limosa`);
    const result = findRights(doc, [...RIGHT_IDS]);
    expect(Object.fromEntries(Object.entries(result.boxes).map(([k, v]) => [k, v?.id]))).toEqual({
      'dmfa-modification': 'b',
      'dimona-declaration': 'c',
      'consultation-factures': 'e',
      ecaro: 'f',
    });
    expect(result.missing).toEqual([]);
    expect(result.wrongTicked.map((b) => b.id).sort()).toEqual(['a', 'd', 'g']);
  });

  test('two boxes for one right: ticks neither, reports it missing', () => {
    const doc = page(`
      <label><input type="checkbox"> Déclaration Dimona</label>
      <label><input type="checkbox"> Dimona-aangifte</label>`);
    const result = findRights(doc, ['dimona-declaration']);
    expect(result.boxes).toEqual({});
    expect(result.missing).toEqual(['dimona-declaration']);
  });

  test('a hidden box does not count', () => {
    const doc = page(`<div hidden><label><input type="checkbox"> Ecaro</label></div>`);
    expect(findRights(doc, ['ecaro']).missing).toEqual(['ecaro']);
  });

  test('a checkbox is never labelled by its neighbour’s caption', () => {
    const doc = page(`<ul><li><input type="checkbox" id="x"> <label for="x">Déclaration DmfA</label></li>
      <li><input type="checkbox" id="y"></li></ul>`);
    const result = findRights(doc, ['dmfa-modification']);
    expect(result.missing).toEqual(['dmfa-modification']);
  });
});

describe('findRights on the replica rights page, every static variant', () => {
  test.each(STATIC_VARIANTS.map((v) => [`${v.lang}-${v.wording}-${v.markup}`, v] as const))(
    '%s',
    (_name, v) => {
      const pending = { niss: '70041243623', name: 'Analyste', rights: ['DMFA_DECL', 'DIM_CONS', 'ECARO'] };
      const { doc, truth, release } = parsePage(
        renderScreen(screenInfo('am-rights').id, v, { truth: true, pending }),
      );
      const result = findRights(doc, [...RIGHT_IDS]);
      for (const right of RIGHT_IDS)
        expect(result.boxes[right], right).toBe(truth.get(`grant.rights:${right}`)?.[0]);
      expect(result.missing).toEqual([]);
      // The two ticked decoys (DmfA declaration, Dimona consultation) are reported; the ticked Ecaro is wanted.
      expect(result.wrongTicked.map((b) => b.value).sort()).toEqual(['DIM_CONS', 'DMFA_DECL']);
      release();
    },
  );
});

describe('the catalogue: every right the replica lists', () => {
  test('each of the eighteen captions, in every language and wording, reads as its own right', () => {
    expect(RIGHTS).toHaveLength(ALL_RIGHT_IDS.length);
    expect(new Set(RIGHTS.map((r) => r.rightId))).toEqual(new Set(ALL_RIGHT_IDS));
    for (const def of RIGHTS)
      for (const lang of LANGS)
        for (const wording of WORDINGS) {
          const caption = rightCaption(def, lang, wording);
          expect(rightOfCaption(caption), caption).toBe(def.rightId);
        }
  });

  test.each(STATIC_VARIANTS.map((v) => [`${v.lang}-${v.wording}-${v.markup}`, v] as const))(
    'a profile asking for every right finds each box once (%s)',
    (_name, v) => {
      const { doc, release } = parsePage(renderScreen(screenInfo('am-rights').id, v, { truth: true }));
      const result = findRights(doc, [...ALL_RIGHT_IDS]);
      expect(result.missing).toEqual([]);
      for (const def of RIGHTS) expect(result.boxes[def.rightId]?.value, def.rightId).toBe(def.code);
      release();
    },
  );
});
