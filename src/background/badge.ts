import { companySummary } from '../engine/progress.ts';
import { browser } from '../shared/browser.ts';
import { loadCatalog } from '../shared/catalog-load.ts';
import { countKey } from '../shared/plural.ts';
import { STORAGE_KEY, type State } from '../shared/state.ts';
import { DEFAULT_LOCALE, resolveLocale, type Translate, translator, withFallback } from '../ui/locale.ts';
import { withEffectiveProfile } from './managed.ts';
import { readState } from './store.ts';

// The toolbar badge: how many analysts already have access for the current company, e.g. "1/2".

export interface Badge {
  text: string;
  /** Accessible tooltip of the toolbar button. */
  title: string;
  color: string;
}

const TODO_COLOR = '#8a4b00';
const DONE_COLOR = '#0f6b2f';

/** `t`: the client's language over French (see translateFor). */
export function badgeFor(state: State, t: Translate): Badge {
  const company = state.companies.find((c) => c.enterpriseNumber === state.currentCompany);
  if (!company) return { text: '', title: t('extName'), color: TODO_COLOR };
  const { done, total } = companySummary(state, company.enterpriseNumber);
  return {
    text: `${done}/${total}`,
    title: t(countKey('badge_title', done), [
      String(done),
      String(total),
      company.name || company.enterpriseNumber,
    ]),
    color: done === total ? DONE_COLOR : TODO_COLOR,
  };
}

/**
 * The pages' language: the browser's through i18n.getMessage, which reads no catalog into the service worker (it
 * picks the same locale as resolveLocale, with French, the default_locale, filling gaps), unless the settings
 * choose another one, whose catalog is then read over the French one.
 */
async function translateFor(state: State): Promise<Translate> {
  const { uiLocale } = state.settings;
  if (uiLocale === 'auto') return (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
  const locale = resolveLocale(uiLocale, browser.i18n.getUILanguage());
  const [chosen, fallback] = await Promise.all([loadCatalog(locale), loadCatalog(DEFAULT_LOCALE)]);
  return translator(withFallback(chosen, fallback));
}

async function refresh(): Promise<void> {
  const state = await withEffectiveProfile(await readState());
  const badge = badgeFor(state, await translateFor(state));
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setTitle({ title: badge.title }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
  ]);
}

/**
 * Whether a write of the state can change the badge: every page view rewrites `lastPage` (page/seen, page/observed),
 * which the badge does not show; re-reading the state and setting the badge three times for it is wasted work.
 */
export function badgeInputsChanged(change: { oldValue?: unknown; newValue?: unknown }): boolean {
  const withoutPage = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    const { lastPage: _, ...rest } = value as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  return withoutPage(change.oldValue) !== withoutPage(change.newValue);
}

/** Shows the badge now and after every change of what it shows: the state (but for the page last seen) or the
 *  managed profile. */
export function installBadge(): void {
  const update = () => refresh().catch((error: unknown) => console.warn('ONSS guide: badge:', error));
  browser.storage.onChanged.addListener((changes, area) => {
    const state = area === 'local' ? changes[STORAGE_KEY] : undefined;
    if (area === 'managed' || (state && badgeInputsChanged(state))) update();
  });
  update();
}
