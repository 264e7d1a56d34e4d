import type { LearnedSet } from '../engine/fingerprint.ts';
import type { Catalog } from '../shared/i18n.ts';
import type { EffectiveProfile, ManagedLearnedReport } from '../shared/managed-profile.ts';
import type { Profile } from '../shared/profile.ts';
import type { LastPage, Locale, State } from '../shared/state.ts';
import type { UiLocaleSetting } from './locale.ts';

// Everything the popup and the options page need from the outside world, behind one interface: the real
// implementation (./api-browser.ts) talks to the background, component tests use a mock.

export type Checklist = Record<string, boolean>;

/** What the popup's first frame needs from the stored state: the language setting and the page last seen. */
export interface StoredHints {
  uiLocale: UiLocaleSetting;
  lastPage: Pick<LastPage, 'url' | 'stepId'> | null;
}

export interface BackgroundApi {
  /** The state with the effective profile (a managed profile replaces the local one). */
  getState(): Promise<State>;
  /**
   * Hints read from the stored state directly, without waiting for the background (whose service worker may not
   * have started yet, and whose answer waits for storage.managed, seconds after the browser starts).
   */
  readStoredHints?(): Promise<StoredHints>;
  getProfile(): Promise<EffectiveProfile>;
  addCompany(enterpriseNumber: string, name: string): Promise<State>;
  removeCompany(enterpriseNumber: string): Promise<State>;
  setProfile(profile: Profile): Promise<State>;
  setUiLocale(uiLocale: State['settings']['uiLocale']): Promise<State>;
  markNotified(): Promise<State>;
  resetProgress(): Promise<State>;
  /** The learned corrections (teach mode's fingerprints) as stored. */
  exportLearned(): Promise<LearnedSet>;
  /** Merges a checked set into the stored one; answers the stored set. */
  importLearned(set: LearnedSet): Promise<LearnedSet>;
  /** Forgets every learned correction; answers the (empty) stored set. */
  clearLearned(): Promise<LearnedSet>;
  /** The corrections the firm's policy deploys (they win for the steps they cover), and why a value was refused. */
  managedLearned(): Promise<ManagedLearnedReport>;
  /** Calls back whenever the stored state or the managed profile changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** URL of the active tab if it is a page of the procedure's hosts (the only URLs the extension may read). */
  activeTabUrl(): Promise<string | null>;
  /** The strings of one locale (the extension's _locales/<locale>/messages.json). */
  catalog(locale: Locale): Promise<Catalog>;
  /** The browser's UI language, e.g. "fr-BE". */
  browserLanguage(): string;
  openOptions(): Promise<void>;
  copyText(text: string): Promise<void>;
  /** The preparation checklist is the client's own note, kept by the popup page, not procedure state. */
  loadChecklist(): Checklist;
  saveChecklist(checklist: Checklist): void;
}
