import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../shared/i18n.ts';
import type { Locale, State } from '../shared/state.ts';
import type { BackgroundApi } from './api.ts';
import { DEFAULT_LOCALE, resolveLocale, type Translate, translator, withFallback } from './locale.ts';

/**
 * Loads the state, follows its changes, and runs a change while reporting failures instead of losing them.
 * With `early`, storage's state read directly is shown until the background answers, flagged `provisional`: its
 * profile is not yet checked against a managed one.
 */
export function useBackgroundState(api: BackgroundApi, early = false) {
  const [state, setState] = useState<State | null>(null);
  const [provisional, setProvisional] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Storage first (no need to wait for the service worker to start), until the background's own answer.
    let answered = false;
    if (early)
      api.readStoredState?.().then(
        (stored) => {
          if (answered) return;
          setState(stored);
          setProvisional(true);
        },
        () => undefined,
      );
    const load = () =>
      api.getState().then(
        (next) => {
          answered = true;
          setState(next);
          setProvisional(false);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    load();
    return api.onChange(load);
  }, [api, early]);
  /** Resolves true once the change is applied, false when it failed (the error is then shown). */
  const run = (change: Promise<State>): Promise<boolean> =>
    change.then(
      (next) => {
        setState(next);
        setProvisional(false);
        setError(null);
        return true;
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      },
    );
  return { state, provisional, error, run };
}

export interface PageLanguage {
  locale: Locale;
  /** The locale's catalog over the French one. */
  catalog: Catalog;
  t: Translate;
}

/**
 * The pages' language: the override from the settings, else the browser's; null until its catalog is loaded
 * (the state must be there first, it holds the override). Also sets <html lang> and the title.
 */
export function usePageLanguage(
  api: BackgroundApi,
  state: State | null,
  titleKey: string,
): PageLanguage | null {
  const wanted = state ? resolveLocale(state.settings.uiLocale, api.browserLanguage()) : null;
  const [loaded, setLoaded] = useState<{ locale: Locale; catalog: Catalog } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    Promise.all([api.catalog(wanted), api.catalog(DEFAULT_LOCALE)]).then(
      ([chosen, fallback]) => {
        if (current) setLoaded({ locale: wanted, catalog: withFallback(chosen, fallback) });
      },
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
