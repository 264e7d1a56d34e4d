import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../shared/i18n.ts';
import type { Locale, State } from '../shared/state.ts';
import type { BackgroundApi } from './api.ts';
import { DEFAULT_LOCALE, resolveLocale, type Translate, translator, withFallback } from './locale.ts';

/** Loads the state, follows its changes, and runs a change while reporting failures instead of losing them. */
export function useBackgroundState(api: BackgroundApi) {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      api.getState().then(setState, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    load();
    return api.onChange(load);
  }, [api]);
  /** Resolves true once the change is applied, false when it failed (the error is then shown). */
  const run = (change: Promise<State>): Promise<boolean> =>
    change.then(
      (next) => {
        setState(next);
        setError(null);
        return true;
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      },
    );
  return { state, error, run };
}

/** A locale and its catalog over the French one. */
export interface LoadedLanguage {
  locale: Locale;
  catalog: Catalog;
}

export interface PageLanguage extends LoadedLanguage {
  t: Translate;
}

/** The locale's catalog over the French one (each catalog is fetched once per page by the api). */
export async function loadLanguage(api: BackgroundApi, locale: Locale): Promise<LoadedLanguage> {
  const [chosen, fallback] = await Promise.all([api.catalog(locale), api.catalog(DEFAULT_LOCALE)]);
  return { locale, catalog: withFallback(chosen, fallback) };
}

/**
 * The pages' language: the override from the settings, else the browser's; null until its catalog is loaded
 * (the state must be there first, it holds the override), unless `initial` already holds it. Also sets
 * <html lang> and the title.
 */
export function usePageLanguage(
  api: BackgroundApi,
  state: State | null,
  titleKey: string,
  initial?: LoadedLanguage,
): PageLanguage | null {
  const wanted = state ? resolveLocale(state.settings.uiLocale, api.browserLanguage()) : null;
  const [loaded, setLoaded] = useState<LoadedLanguage | null>(initial ?? null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loadLanguage(api, wanted).then(
      // The language already shown keeps its object: no new render.
      (next) => current && setLoaded((shown) => (shown?.locale === next.locale ? shown : next)),
      (error: unknown) => console.warn('ONSS guide: catalog not loaded', error),
    );
    return () => {
      current = false;
    };
  }, [api, wanted]);
  const language = useMemo(() => (loaded ? { ...loaded, t: translator(loaded.catalog) } : null), [loaded]);
  // Before paint, so that screen readers never read the page with the wrong language.
  useLayoutEffect(() => {
    if (!language) return;
    document.documentElement.lang = language.locale;
    document.title = language.t(titleKey);
  }, [language, titleKey]);
  return language;
}
