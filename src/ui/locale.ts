import { type Catalog, formatMessage } from '../shared/i18n.ts';
import type { Locale, State } from '../shared/state.ts';

// The extension's own pages can be shown in another language than the browser's (settings.uiLocale), which
// browser.i18n.getMessage cannot do: the pages translate with the extension's catalogs instead. The pages load
// only the catalogs they need (see BackgroundApi.catalog) rather than bundling all four.

export type UiLocaleSetting = State['settings']['uiLocale'];
export type Translate = (key: string, substitutions?: string | string[]) => string;

export const UI_LOCALES: readonly Locale[] = ['fr', 'nl', 'en', 'de'];
export const DEFAULT_LOCALE: Locale = 'fr';
/** Every value of the language setting. */
export const UI_LOCALE_SETTINGS: readonly UiLocaleSetting[] = ['auto', ...UI_LOCALES];

/** The chosen locale, or the browser's language when it is one of ours, or French (the default locale). */
export function resolveLocale(setting: UiLocaleSetting, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  const prefix = browserLanguage.slice(0, 2).toLowerCase();
  return UI_LOCALES.find((locale) => locale === prefix) ?? DEFAULT_LOCALE;
}

/** The chosen catalog over the default one: a key missing in a translation shows in French, as in Chrome. */
export function withFallback(chosen: Catalog, fallback: Catalog): Catalog {
  return { ...fallback, ...chosen };
}

/** An unknown key shows itself, so that it gets noticed. */
export function translator(catalog: Catalog): Translate {
  return (key, substitutions) => formatMessage(catalog, key, substitutions) || key;
}
