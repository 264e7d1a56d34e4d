import type { BackgroundApi, StoredHints } from '../ui/api.ts';
import { resolveLocale } from '../ui/locale.ts';
import { type LoadedLanguage, loadLanguage } from '../ui/use-state.ts';

// What the popup shows in its first frame, read without the background (whose service worker may not have started
// yet): two hints from the stored state (ui/stored-hints.ts), the active tab and the catalogs, all asked for at once. The background's
// validated state replaces it as soon as it answers.

export interface FirstView {
  hints: StoredHints;
  activeUrl: string | null;
  language: LoadedLanguage;
}

/** null when the api cannot read storage directly: the popup then waits for the background. */
export async function readFirstView(api: BackgroundApi): Promise<FirstView | null> {
  if (!api.readStoredHints) return null;
  const browserLanguage = api.browserLanguage();
  // The language the popup most likely needs (the setting is 'auto' until changed), fetched alongside the hints.
  const likelyLocale = resolveLocale('auto', browserLanguage);
  const likely = loadLanguage(api, likelyLocale);
  // Not needed when the setting asks for another language: its failure is then no failure of the popup.
  likely.catch(() => undefined);
  const [hints, activeUrl] = await Promise.all([api.readStoredHints(), api.activeTabUrl()]);
  const locale = resolveLocale(hints.uiLocale, browserLanguage);
  const language = await (locale === likelyLocale ? likely : loadLanguage(api, locale));
  return { hints, activeUrl, language };
}
