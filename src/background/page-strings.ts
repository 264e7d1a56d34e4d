import { loadCatalog } from '../shared/catalog-load.ts';
import { DEFAULT_LOCALE, pickLocale } from '../shared/i18n.ts';
import type { Locale } from '../shared/state.ts';
import { type ContentStrings, contentStrings } from './guide-context.ts';

// The guide's strings in the page's language, read from the packaged catalogs the first time a page in that
// language asks (not at start-up: see shared/catalog-load.ts), then kept while the background runs.

const byLocale = new Map<Locale, Promise<ContentStrings>>();

export function pageStrings(lang: Locale | null): Promise<ContentStrings> {
  const locale = pickLocale(lang);
  let strings = byLocale.get(locale);
  if (!strings) {
    strings = Promise.all([loadCatalog(locale), loadCatalog(DEFAULT_LOCALE)]).then(([chosen, fallback]) =>
      contentStrings(chosen, fallback),
    );
    strings.catch(() => byLocale.delete(locale));
    byLocale.set(locale, strings);
  }
  return strings;
}
