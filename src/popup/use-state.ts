import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { State } from '../shared/state.ts';
import type { BackgroundApi } from './api.ts';
import { resolveLocale, type Translate, translator } from './locale.ts';

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

/** The pages' language: the override from the settings, else the browser's. Also sets <html lang>. */
export function usePageLocale(api: BackgroundApi, state: State | null, titleKey: string) {
  const locale = resolveLocale(state?.settings.uiLocale ?? 'auto', api.browserLanguage());
  const t: Translate = useMemo(() => translator(locale), [locale]);
  // Before paint, so that screen readers never read the page with the wrong language.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(titleKey);
  }, [locale, t, titleKey]);
  return { locale, t };
}
