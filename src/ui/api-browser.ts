import { browser, send } from '../shared/browser.ts';
import { loadCatalog } from '../shared/catalog-load.ts';
import { isProcedureHost } from '../shared/hosts.ts';
import { STORAGE_KEY } from '../shared/storage-key.ts';
import type { BackgroundApi, Checklist } from './api.ts';
import { DEFAULT_LOCALE } from './locale.ts';
import { storedHints } from './stored-hints.ts';

const CHECKLIST_KEY = 'onss-guide-checklist';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

// Changes answer with the stored state, whose profile may be overridden by a managed one: read it back through
// state/get so that the pages always show the effective profile.
const getState = () => send({ type: 'state/get' });

// The French catalog (every catalog's fallback) is asked for as soon as the page starts.
loadCatalog(DEFAULT_LOCALE).catch(() => undefined);

export const browserApi: BackgroundApi = {
  getState,
  readStoredHints: async () => storedHints((await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]),
  getProfile: () => send({ type: 'profile/get' }),
  addCompany: (enterpriseNumber, name) =>
    send({ type: 'company/add', enterpriseNumber, name }).then(getState),
  removeCompany: (enterpriseNumber) => send({ type: 'company/remove', enterpriseNumber }).then(getState),
  setProfile: (profile) => send({ type: 'profile/set', profile }).then(getState),
  setUiLocale: async (uiLocale) => {
    const state = await getState();
    await send({ type: 'settings/set', settings: { ...state.settings, uiLocale } });
    return getState();
  },
  markNotified: () => send({ type: 'notify/sent' }).then(getState),
  resetProgress: () => send({ type: 'progress/reset' }).then(getState),
  exportLearned: () => send({ type: 'learned/export' }),
  importLearned: (set) => send({ type: 'learned/import', set }),
  clearLearned: () => send({ type: 'learned/clear' }),
  managedLearned: () => send({ type: 'learned/managed' }),
  onChange(listener) {
    // Any change re-reads the state: cheap, and it keeps the schemas (zod) out of the pages' bundle.
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'managed' || area === 'local') listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  async activeTabUrl() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url && isProcedureHost(hostOf(tab.url)) ? tab.url : null;
  },
  // Read from the package when needed: bundling all four catalogs would triple the pages' size.
  catalog: loadCatalog,
  browserLanguage: () => browser.i18n.getUILanguage(),
  openOptions: () => browser.runtime.openOptionsPage(),
  copyText: (text) => navigator.clipboard.writeText(text),
  loadChecklist() {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(CHECKLIST_KEY) ?? '{}');
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(Object.entries(parsed).filter(([, ticked]) => ticked === true));
    } catch {
      return {};
    }
  },
  saveChecklist: (checklist: Checklist) => localStorage.setItem(CHECKLIST_KEY, JSON.stringify(checklist)),
};
