import { describe, expect, it } from 'vitest';
import { CATALOGS, type Catalog, formatMessage, LOCALES, pickLocale } from '../../../src/shared/i18n.ts';

// Guards everyone's strings: every key in every locale, with a message, a description and the same placeholders.

const allKeys = [...new Set(LOCALES.flatMap((l) => Object.keys(CATALOGS[l])))].sort();

function placeholderSignature(catalog: Catalog, key: string): string {
  const entry = catalog[key];
  const defined = Object.entries(entry?.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
  return defined.join(', ');
}

describe('locale catalogs', () => {
  it('have every key in every locale, with a non-empty message and a description', () => {
    const problems: string[] = [];
    for (const key of allKeys) {
      for (const locale of LOCALES) {
        const entry = CATALOGS[locale][key];
        if (!entry) problems.push(`${key}: missing in ${locale}`);
        else {
          if (!entry.message?.trim()) problems.push(`${key}: empty message in ${locale}`);
          if (!entry.description?.trim()) problems.push(`${key}: no description in ${locale}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('use key names Chrome accepts, unique regardless of case', () => {
    const problems = allKeys
      .filter((k) => !/^[A-Za-z0-9_]+$/.test(k) || k.startsWith('@@'))
      .map((k) => `${k}: invalid name`);
    const lower = allKeys.map((k) => k.toLowerCase());
    problems.push(
      ...allKeys
        .filter((k, i) => lower.indexOf(k.toLowerCase()) !== i)
        .map((k) => `${k}: duplicate ignoring case`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('define every $NAME$ a message uses and define the same placeholders in every locale', () => {
    const problems: string[] = [];
    for (const key of allKeys) {
      const reference = placeholderSignature(CATALOGS.fr, key);
      for (const locale of LOCALES) {
        const entry = CATALOGS[locale][key];
        if (!entry) continue;
        const signature = placeholderSignature(CATALOGS[locale], key);
        if (signature !== reference) {
          problems.push(`${key}: placeholders in ${locale} are [${signature}], in fr [${reference}]`);
        }
        const defined = new Set(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()));
        for (const m of entry.message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          const name = m[1] ?? '';
          if (!defined.has(name.toLowerCase()))
            problems.push(`${key}: $${name}$ used but not defined in ${locale}`);
        }
        for (const name of defined) {
          if (!new RegExp(`\\$${name}\\$`, 'i').test(entry.message)) {
            problems.push(`${key}: placeholder ${name} defined but not used in ${locale}`);
          }
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('formatMessage (chrome.i18n rules)', () => {
  const catalog: Catalog = {
    plain: { message: 'Bonjour' },
    positional: { message: 'A $1 B $2 C $3' },
    named: {
      message: 'Bonjour $Who$, vous avez $COUNT$ €',
      placeholders: { who: { content: '$1' }, count: { content: '$2' } },
    },
    dollars: { message: 'Prix : $$5, $$1 et $PRICE$', placeholders: { price: { content: '$$$1' } } },
    literal: { message: 'Fixed $X$', placeholders: { x: { content: 'text' } } },
    undefinedName: { message: 'Keep $NOPE$ as is' },
  };

  it('replaces $1..$9, named placeholders (case-insensitive) and $$', () => {
    expect(formatMessage(catalog, 'plain')).toBe('Bonjour');
    expect(formatMessage(catalog, 'positional', ['x', 'y'])).toBe('A x B y C ');
    expect(formatMessage(catalog, 'positional', 'x')).toBe('A x B  C ');
    expect(formatMessage(catalog, 'named', ['Anne', '3'])).toBe('Bonjour Anne, vous avez 3 €');
    expect(formatMessage(catalog, 'dollars', ['12'])).toBe('Prix : $5, $1 et $12');
    expect(formatMessage(catalog, 'literal')).toBe('Fixed text');
    expect(formatMessage(catalog, 'undefinedName')).toBe('Keep $NOPE$ as is');
  });

  it('never re-reads substituted text', () => {
    expect(formatMessage(catalog, 'named', ['$2', '$1'])).toBe('Bonjour $2, vous avez $1 €');
  });

  it('finds keys regardless of case and gives "" for an unknown key, as Chrome does', () => {
    expect(formatMessage(catalog, 'PLAIN')).toBe('Bonjour');
    expect(formatMessage(catalog, 'missing')).toBe('');
  });

  it('formats the real catalogs', () => {
    expect(formatMessage(CATALOGS.fr, 'extName')).toBe('Guide des accès ONSS');
    expect(formatMessage(CATALOGS.nl, 'idReason_length', ['ondernemingsnummer', '10'])).toBe(
      'Dit ondernemingsnummer moet 10 cijfers tellen.',
    );
  });
});

describe('pickLocale', () => {
  it('reads the primary language and falls back to French', () => {
    expect(pickLocale('nl-BE')).toBe('nl');
    expect(pickLocale('de_DE')).toBe('de');
    expect(pickLocale('EN')).toBe('en');
    expect(pickLocale('fr-BE')).toBe('fr');
    expect(pickLocale('it')).toBe('fr');
    expect(pickLocale('')).toBe('fr');
    expect(pickLocale(null)).toBe('fr');
    expect(pickLocale(undefined)).toBe('fr');
  });
});
