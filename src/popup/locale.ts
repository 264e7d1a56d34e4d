import { CATALOGS, formatMessage } from '../shared/i18n.ts';
import type { Locale, State } from '../shared/state.ts';

// The extension's own pages can be shown in another language than the browser's (settings.uiLocale), which
// browser.i18n.getMessage cannot do: the pages translate with the bundled catalogs instead.

export type UiLocaleSetting = State['settings']['uiLocale'];
export type Translate = (key: string, substitutions?: string | string[]) => string;

export const UI_LOCALES: readonly Locale[] = ['fr', 'nl', 'en', 'de'];
const DEFAULT_LOCALE: Locale = 'fr';

/** The chosen locale, or the browser's language when it is one of ours, or French (the default locale). */
export function resolveLocale(setting: UiLocaleSetting, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  const prefix = browserLanguage.slice(0, 2).toLowerCase();
  return UI_LOCALES.find((locale) => locale === prefix) ?? DEFAULT_LOCALE;
}

/** Looks a key up in the chosen catalog, then in French; an unknown key shows itself so that it gets noticed. */
export function translator(locale: Locale): Translate {
  return (key, substitutions) =>
    formatMessage(CATALOGS[locale], key, substitutions) ||
    formatMessage(CATALOGS[DEFAULT_LOCALE], key, substitutions) ||
    key;
}
