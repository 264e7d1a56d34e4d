import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, type Locale } from '../../../src/shared/i18n.ts';
import { countKey, pluralForm } from '../../../src/shared/plural.ts';

// The catalogues speak each language as it is written: French guillemets with non-breaking spaces inside and a
// non-breaking space before « : ; ! ? », Dutch and English “…”, German „…“; elision in French; real plurals (one
// message per form, chosen by countKey) rather than « analyste(s) ».

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Each rule: what a wrong message matches, per locale (or every locale). */
const RULES: { what: string; locales: readonly Locale[]; wrong: RegExp }[] = [
  {
    what: 'a plural in brackets, e.g. analyste(s)',
    locales: LOCALES,
    wrong: /\p{L}\((?:s|e|en|n|x|es|nen|innen)\)/u,
  },
  { what: '« not followed by a non-breaking space', locales: ['fr'], wrong: /«(?![\u00a0\u202f])/ },
  { what: '» not preceded by a non-breaking space', locales: ['fr'], wrong: /(?<![\u00a0\u202f])»/ },
  { what: 'a breaking space before : ; ! ?', locales: ['fr'], wrong: /[ \t][:;!?](?=\s|$)/ },
  { what: 'no space at all before ; ! ?', locales: ['fr'], wrong: /[\p{L}\d)][;!?](?=\s|$)/u },
  { what: 'English or German quotes in French', locales: ['fr'], wrong: /[“”„]/ },
  { what: 'French guillemets', locales: ['nl', 'de', 'en'], wrong: /[«»]/ },
  { what: 'German opening quote', locales: ['nl', 'en'], wrong: /„/ },
  { what: 'an English closing quote after „', locales: ['de'], wrong: /„[^“”]*”/ },
  {
    // « de analyste », « le entreprise »: the article or preposition must be elided (h is left alone: h aspiré).
    what: 'a missing elision',
    locales: ['fr'],
    wrong: /(?<![\p{L}-])(?:de|que|le|la|ne|je|me|te|se|ce|jusque|lorsque|puisque)\s+[aeiouâàéèêëîïôûü]/iu,
  },
  {
    // A name put after « de »/« le » may begin with a vowel (« de Analyste principal »): say it another way.
    what: 'de/le/la/que before a placeholder that may start with a vowel',
    locales: ['fr'],
    wrong: /(?<![\p{L}-])(?:de|que|le|la|ne|je|se)\s+\$(?!KIND\$|DATE\$)\w+\$/iu,
  },
];

/** Messages where a rule does not apply, with the reason. */
const EXCEPTIONS: Record<string, string> = {
  // JSON shown to the client as it must be written in the file.
  options_import_not_profile: 'JSON syntax',
  options_learned_not_set: 'JSON syntax',
};

describe('typography and grammar of the catalogues', () => {
  for (const rule of RULES)
    it(`has no ${rule.what}`, () => {
      const found: string[] = [];
      for (const locale of rule.locales)
        for (const [key, entry] of Object.entries(CATALOGS[locale])) {
          if (EXCEPTIONS[key]) continue;
          if (rule.wrong.test(entry.message)) found.push(`${locale} ${key}: ${entry.message}`);
        }
      expect(found, found.join('\n')).toEqual([]);
    });

  it('catches what it is meant to catch', () => {
    const rule = (what: string) => RULES.find((r) => r.what.startsWith(what))?.wrong as RegExp;
    expect(rule('a plural').test('2 analyste(s)')).toBe(true);
    expect(rule('a plural').test('Analyst(en)')).toBe(true);
    expect(rule('« not').test('« Suivant »')).toBe(true);
    expect(rule('« not').test(`«${NBSP}Suivant${NBSP}»`)).toBe(false);
    expect(rule('a breaking').test('Objet :')).toBe(true);
    expect(rule('a breaking').test(`Objet${NBSP}:`)).toBe(false);
    expect(rule('no space').test(`Merci${NNBSP}!`)).toBe(false);
    expect(rule('no space').test('Merci!')).toBe(true);
    expect(rule('a missing elision').test('le NISS de analyste')).toBe(true);
    expect(rule('a missing elision').test("le NISS de l'analyste")).toBe(false);
    expect(rule('a missing elision').test('comparez-le avec')).toBe(false);
    expect(rule('de/le').test('le NISS de $NAME$')).toBe(true);
  });

  it('has every plural form of a counted message, in every locale', () => {
    const bases = new Set(
      LOCALES.flatMap((l) => Object.keys(CATALOGS[l]))
        .filter((k) => /_(zero|one|other)$/.test(k))
        .map((k) => k.replace(/_(zero|one|other)$/, '')),
    );
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases)
      for (const locale of LOCALES)
        for (const form of ['zero', 'one', 'other'])
          expect(CATALOGS[locale][`${base}_${form}`], `${locale} ${base}_${form}`).toBeDefined();
  });
});

describe('countKey', () => {
  it('picks the form by count', () => {
    expect([0, 1, 2, 17].map(pluralForm)).toEqual(['zero', 'one', 'other', 'other']);
    expect(countKey('popup_company_summary', 1)).toBe('popup_company_summary_one');
  });
});
