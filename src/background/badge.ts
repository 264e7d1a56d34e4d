import { companySummary } from '../engine/progress.ts';
import { DEFAULT_LOCALE, resolveLocale, translator, withFallback } from '../popup/locale.ts';
import { browser } from '../shared/browser.ts';
import { CATALOGS } from '../shared/i18n.ts';
import { STORAGE_KEY, type State } from '../shared/state.ts';
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

export function badgeFor(state: State, browserLanguage: string): Badge {
  const locale = resolveLocale(state.settings.uiLocale, browserLanguage);
  const t = translator(withFallback(CATALOGS[locale], CATALOGS[DEFAULT_LOCALE]));
  const company = state.companies.find((c) => c.enterpriseNumber === state.currentCompany);
  if (!company) return { text: '', title: t('extName'), color: TODO_COLOR };
  const { done, total } = companySummary(state, company.enterpriseNumber);
  return {
    text: `${done}/${total}`,
    title: t('badge_title', [String(done), String(total), company.name || company.enterpriseNumber]),
    color: done === total ? DONE_COLOR : TODO_COLOR,
  };
}

async function refresh(): Promise<void> {
  const state = await withEffectiveProfile(await readState());
  const badge = badgeFor(state, browser.i18n.getUILanguage());
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setTitle({ title: badge.title }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
  ]);
}

/** Shows the badge now and after every change of the state or of the managed profile. */
export function installBadge(): void {
  const update = () => refresh().catch((error: unknown) => console.warn('ONSS guide: badge:', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && STORAGE_KEY in changes)) update();
  });
  update();
}
