import { browser } from './browser.ts';
import type { Catalog, Locale } from './i18n.ts';

// The catalogs are read from the extension's own packaged _locales files when first needed (not a network call):
// bundling all four would make each script that formats strings parse about 150 KB of messages on every start.

const loading = new Map<Locale, Promise<Catalog>>();

/** The strings of one locale (its _locales/<locale>/messages.json), read once per script context. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let catalog = loading.get(locale);
  if (!catalog) {
    catalog = fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`)).then(async (response) => {
      if (!response.ok) throw new Error(`catalog ${locale}: ${response.status}`);
      return (await response.json()) as Catalog;
    });
    // A failed read is tried again next time rather than remembered.
    catalog.catch(() => loading.delete(locale));
    loading.set(locale, catalog);
  }
  return catalog;
}
