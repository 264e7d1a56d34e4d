import { describe, expect, it, vi } from 'vitest';
import { CATALOGS, type Locale } from '../../../src/shared/i18n.ts';

// The guide's strings for a page's language (src/background/page-strings.ts): read from the packaged catalogs the
// first time a page in that language asks, French filling gaps and standing for a language that is not ours.

const loaded: Locale[] = [];
let failing: Locale | null = null;
vi.mock('../../../src/shared/catalog-load.ts', () => ({
  loadCatalog: async (locale: Locale) => {
    loaded.push(locale);
    if (locale === failing) throw new Error(`catalog ${locale}: 404`);
    return CATALOGS[locale];
  },
}));
const { pageStrings } = await import('../../../src/background/page-strings.ts');

describe('pageStrings', () => {
  it('reads the page language over French once, and French for no language', async () => {
    expect((await pageStrings('nl')).card_count).toBe('$1 — stap $2 van $3');
    await pageStrings('nl');
    expect(loaded.filter((locale) => locale === 'nl')).toEqual(['nl']);
    expect((await pageStrings(null)).card_count).toBe('$1 — étape $2 sur $3');
  });

  it('reads again after a failed read', async () => {
    failing = 'de';
    await expect(pageStrings('de')).rejects.toThrow('catalog de');
    failing = null;
    expect((await pageStrings('de')).hint_reasonDmfa).toContain('DmfA');
  });
});
