import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import type { Locale } from './state.ts';

// The extension's strings for pure code and tests, with the same substitution rules as chrome.i18n.getMessage,
// so a message reads the same whether the browser or this module formats it.

export type { Locale };

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Readonly<Record<string, CatalogEntry>>;

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { fr, nl, en, de };

export const LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

/** `$name$` as chrome.i18n reads it: letters, digits, `_` and `@`, case-insensitive; `$$` is an escaped `$`. */
const PLACEHOLDER = /\$\$|\$([a-z0-9_@]+)\$/gi;
const VARIABLE = /\$\$|\$([1-9])/g;

/**
 * chrome.i18n rules: each `$NAME$` is replaced by its placeholder's "content", then `$1`..`$9` by the
 * substitutions (missing ones become empty) and `$$` by `$`. Substituted text is never re-read. An unknown key
 * gives '' as in Chrome; an undefined `$NAME$` is left as written (the locale test forbids it).
 */
export function formatMessage(
  catalog: Catalog,
  key: string,
  substitutions?: string | readonly string[],
): string {
  const entry = findEntry(catalog, key);
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const placeholders = lowerKeys(entry.placeholders ?? {});
  const expanded = entry.message.replace(PLACEHOLDER, (whole, name: string | undefined) =>
    name === undefined ? whole : (placeholders[name.toLowerCase()]?.content ?? whole),
  );
  return expanded.replace(VARIABLE, (_whole, index: string | undefined) =>
    index === undefined ? '$' : (subs[Number(index) - 1] ?? ''),
  );
}

/** Message keys are case-insensitive in Chrome. */
function findEntry(catalog: Catalog, key: string): CatalogEntry | undefined {
  const direct = catalog[key];
  if (direct) return direct;
  const lower = key.toLowerCase();
  const found = Object.keys(catalog).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : catalog[found];
}

function lowerKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The locale for a language tag such as `nl-BE` or `de_DE`; French when the language is not one of ours. */
export function pickLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : DEFAULT_LOCALE;
}
