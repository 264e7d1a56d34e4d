import type { LearnedSet } from '../../../src/engine/fingerprint.ts';
import { maskLearned } from '../../../src/engine/fingerprint-mask.ts';
import { CATALOGS } from '../../../src/shared/i18n.ts';
import { planLearnedImport } from '../../../src/shared/learned-merge.ts';
import type { EffectiveProfile } from '../../../src/shared/managed-profile.ts';
import { resolveLearned } from '../../../src/shared/managed-profile.ts';
import type { Profile } from '../../../src/shared/profile.ts';
import { Refusal } from '../../../src/shared/rpc.ts';
import { defaultState, type Locale, type State } from '../../../src/shared/state.ts';
import type { BackgroundApi, Checklist } from '../../../src/ui/api.ts';
import { type Translate, translator, withFallback } from '../../../src/ui/locale.ts';

/** The pages' translator for a locale, as they build it from the loaded catalogs. */
export const translate = (locale: Locale): Translate =>
  translator(withFallback(CATALOGS[locale], CATALOGS.fr));

// The BackgroundApi for component tests: keeps a state in memory, applies the same changes the background's
// handlers apply, and records every call so that tests can check what the UI asked for.

export interface MockOptions {
  state?: State;
  /** A managed profile in force: setProfile is then refused, as the background refuses it. */
  managed?: Profile;
  activeUrl?: string | null;
  browserLanguage?: string;
  /** The learned corrections stored at the start. */
  learned?: LearnedSet;
  /** What storage.managed holds under `learned` (any value: the policy is not trusted). */
  managedLearned?: unknown;
}

export type MockApi = BackgroundApi & {
  calls: { method: string; args: unknown[] }[];
  state: State;
  learned: LearnedSet;
  copied: string[];
  /** Changes the state as another page or the content script would, and notifies the listeners. */
  externalChange(change: (state: State) => State): void;
  /** Changes the stored corrections as teach mode on a portal tab would, and notifies the listeners. */
  externalLearned(change: (fingerprints: LearnedSet['fingerprints']) => LearnedSet['fingerprints']): void;
};

export function mockApi(options: MockOptions = {}): MockApi {
  let state: State = structuredClone(options.state ?? defaultState());
  let checklist: Checklist = {};
  let learned: LearnedSet = structuredClone(options.learned ?? { version: 1, fingerprints: [] });
  const listeners = new Set<() => void>();
  const calls: MockApi['calls'] = [];
  const copied: string[] = [];
  const effective = (): EffectiveProfile =>
    options.managed
      ? { profile: options.managed, source: 'managed', problems: [] }
      : { profile: state.profile, source: 'local', problems: [] };
  const view = (): State => structuredClone({ ...state, profile: effective().profile });
  const change = (method: string, args: unknown[], apply: (s: State) => State) => {
    calls.push({ method, args });
    state = apply(state);
    return Promise.resolve(view());
  };
  const api: MockApi = {
    calls,
    copied,
    get state() {
      return state;
    },
    get learned() {
      return learned;
    },
    externalChange(apply) {
      state = apply(state);
      for (const listener of listeners) listener();
    },
    externalLearned(apply) {
      learned = { version: 1, fingerprints: apply(learned.fingerprints) };
      for (const listener of listeners) listener();
    },
    getState: () => Promise.resolve(view()),
    getProfile: () => Promise.resolve(effective()),
    addCompany: (enterpriseNumber, name) =>
      change('addCompany', [enterpriseNumber, name], (s) =>
        s.companies.some((c) => c.enterpriseNumber === enterpriseNumber)
          ? s
          : {
              ...s,
              companies: [...s.companies, { enterpriseNumber, name, registration: 'unknown', analysts: {} }],
              currentCompany: s.currentCompany ?? enterpriseNumber,
            },
      ),
    removeCompany: (enterpriseNumber) =>
      change('removeCompany', [enterpriseNumber], (s) => ({
        ...s,
        companies: s.companies.filter((c) => c.enterpriseNumber !== enterpriseNumber),
        currentCompany: s.currentCompany === enterpriseNumber ? null : s.currentCompany,
      })),
    setProfile: (profile) => {
      if (options.managed) {
        calls.push({ method: 'setProfile', args: [profile] });
        return Promise.reject(
          new Refusal(
            { key: 'options_profile_refused_managed', substitutions: [] },
            "the profile is managed by the firm's policy",
          ),
        );
      }
      return change('setProfile', [profile], (s) => ({ ...s, profile, profileUnreadable: false }));
    },
    setUiLocale: (uiLocale) =>
      change('setUiLocale', [uiLocale], (s) => ({ ...s, settings: { ...s.settings, uiLocale } })),
    markNotified: () => change('markNotified', [], (s) => ({ ...s, notifiedAt: Date.UTC(2026, 10, 28, 9) })),
    resetProgress: () =>
      change('resetProgress', [], (s) => ({ ...defaultState(), profile: s.profile, settings: s.settings })),
    exportLearned: () => Promise.resolve(structuredClone(learned)),
    importLearned: (set) => {
      calls.push({ method: 'importLearned', args: [set] });
      const plan = planLearnedImport(learned.fingerprints, maskLearned(set.fingerprints).kept);
      if (!plan.ok)
        return Promise.reject(
          new Refusal(
            {
              key: 'options_learned_too_many',
              substitutions: [String(plan.stored), String(plan.adding), String(plan.max)],
            },
            'too many corrections; nothing was imported',
          ),
        );
      learned = { version: 1, fingerprints: plan.merged };
      return Promise.resolve(structuredClone(learned));
    },
    managedLearned: () => {
      const { fingerprints: _f, ...report } = resolveLearned(learned.fingerprints, options.managedLearned);
      return Promise.resolve(report);
    },
    clearLearned: () => {
      calls.push({ method: 'clearLearned', args: [] });
      learned = { version: 1, fingerprints: [] };
      return Promise.resolve(structuredClone(learned));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activeTabUrl: () => Promise.resolve(options.activeUrl ?? null),
    catalog: (locale) => Promise.resolve(CATALOGS[locale]),
    browserLanguage: () => options.browserLanguage ?? 'fr-BE',
    openOptions: () => {
      calls.push({ method: 'openOptions', args: [] });
      return Promise.resolve();
    },
    copyText: (text) => {
      copied.push(text);
      return Promise.resolve();
    },
    loadChecklist: () => ({ ...checklist }),
    saveChecklist: (next) => {
      checklist = { ...next };
    },
  };
  return api;
}

/** Two companies: the first with the principal analyst granted and the back-up pending, the second untouched. */
export function stateWithProgress(): State {
  const state = defaultState();
  state.companies = [
    {
      enterpriseNumber: '0123456749',
      name: 'Boulangerie Dupont SRL',
      registration: 'done',
      analysts: {
        '70041243623': { status: 'granted', updatedAt: 1 },
        '82083026729': { status: 'in-progress', updatedAt: 2 },
      },
    },
    { enterpriseNumber: '0987654394', name: 'Garage Peeters BV', registration: 'unknown', analysts: {} },
  ];
  state.currentCompany = '0123456749';
  return state;
}
