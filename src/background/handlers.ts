import type { Fingerprint, LearnedSet } from '../engine/fingerprint.ts';
import { maskFingerprint, maskLearned } from '../engine/fingerprint-mask.ts';
import { recordFacts } from '../engine/progress.ts';
import { browser } from '../shared/browser.ts';
import { planLearnedImport } from '../shared/learned-merge.ts';
import type { FromContent, FromEither, FromUi } from '../shared/messages.ts';
import { type Handlers, Refusal } from '../shared/rpc.ts';
import { defaultState, type State } from '../shared/state.ts';
import { guideContext, withPageCompany } from './guide-context.ts';
import { mergeLearned } from './learned-set.ts';
import { effectiveLearned, effectiveProfile, forPage, withEffectiveProfile } from './managed.ts';
import { pageStrings } from './page-strings.ts';
import { readState, updateState } from './store.ts';

const learnedSet = (state: State): LearnedSet => ({ version: 1, fingerprints: state.learned });

const updateLearned = async (change: (list: Fingerprint[]) => Fingerprint[]): Promise<LearnedSet> =>
  learnedSet(await updateState((state) => ({ ...state, learned: change(state.learned) })));

export const contentHandlers: Handlers<FromContent> = {
  'page/seen': async (message, sender) => {
    await updateState((state) => ({
      ...state,
      lastPage: {
        url: (sender.url ?? '').slice(0, 2000),
        stepId: message.stepId,
        lang: message.lang,
        at: Date.now(),
        ...(message.company ? { company: message.company } : {}),
      },
    }));
    return null;
  },
  // One observation of a recognised page: its company becomes current, its facts are recorded, in one write; the
  // reply is the guide's new context.
  'page/observed': async ({ steps, lang, company, facts, settle }, sender) => {
    const state = await updateState((current) =>
      recordFacts(
        {
          ...withPageCompany(current, company),
          lastPage: {
            url: (sender.url ?? '').slice(0, 2000),
            stepId: steps[0] ?? null,
            lang,
            at: Date.now(),
            ...(company ? { company } : {}),
          },
        },
        facts,
        Date.now(),
      ),
    );
    // The managed profile in place of the local one, a managed set of corrections winning for its steps (unless
    // storage.managed is not ready yet: managed.ts forPage).
    const [settings, strings] = await Promise.all([forPage(state, settle === true), pageStrings(lang)]);
    const learned = settings.learned.filter((fingerprint) => steps.includes(fingerprint.stepId));
    return guideContext(settings.state, steps, strings, learned, company, settings.settled);
  },
  // Masked again here (it changes nothing to what teach mode made): whatever sent it, nothing personal is stored.
  'learned/add': async ({ fingerprint }) => {
    const masked = maskFingerprint(fingerprint);
    if (masked) await updateLearned((list) => mergeLearned(list, [{ ...masked, learnedAt: Date.now() }]));
    return null;
  },
  // Into the sender's frame only, and only one of the extension's own files named by the schema's enum (run in
  // the content script's world).
  'script/load': async ({ script }, { tabId, frameId }) => {
    if (tabId === undefined || frameId === undefined) throw new Error(`no frame to load ${script}.js into`);
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [`${script}.js`],
    });
    return null;
  },
};

/** Either a content script (the card's « Exporter les corrections ») or the options page. */
export const eitherHandlers: Handlers<FromEither> = {
  'learned/export': async () => learnedSet(await readState()),
};

export const uiHandlers: Handlers<FromUi> = {
  // An import never evicts a stored correction: a set that would not fit is refused as a whole, with the reason
  // (the options page's preview may be older than a correction taught since). Its corrections are masked as
  // teach mode masks its own; the options page showed them masked already (masking twice changes nothing).
  'learned/import': ({ set }) =>
    updateLearned((list) => {
      const plan = planLearnedImport(list, maskLearned(set.fingerprints).kept);
      if (!plan.ok)
        throw new Refusal(
          {
            key: 'options_learned_too_many',
            substitutions: [String(plan.stored), String(plan.adding), String(plan.max)],
          },
          `too many corrections: ${plan.stored} stored + ${plan.adding} new > ${plan.max}; nothing was imported`,
        );
      return plan.merged;
    }),
  'learned/managed': async (_message) => {
    const { fingerprints: _in, ...report } = await effectiveLearned(await readState());
    return report;
  },
  'learned/clear': () => updateLearned(() => []),
  'state/get': async () => withEffectiveProfile(await readState()),
  'company/add': ({ enterpriseNumber, name }) =>
    updateState((state) =>
      state.companies.some((c) => c.enterpriseNumber === enterpriseNumber)
        ? state
        : {
            ...state,
            companies: [
              ...state.companies,
              { enterpriseNumber, name, registration: 'unknown', analysts: {} },
            ],
            currentCompany: state.currentCompany ?? enterpriseNumber,
          },
    ),
  'company/remove': ({ enterpriseNumber }) =>
    updateState((state) => ({
      ...state,
      companies: state.companies.filter((c) => c.enterpriseNumber !== enterpriseNumber),
      currentCompany: state.currentCompany === enterpriseNumber ? null : state.currentCompany,
    })),
  'profile/get': async () => effectiveProfile(await readState()),
  // A managed profile wins: local edits would be hidden by it, so they are refused rather than silently kept.
  'profile/set': async ({ profile }) => {
    if ((await effectiveProfile(await readState())).source === 'managed')
      throw new Refusal(
        { key: 'options_profile_refused_managed', substitutions: [] },
        "the profile is managed by the firm's policy",
      );
    return updateState((state) => ({ ...state, profile, profileUnreadable: false }));
  },
  'settings/set': ({ settings }) => updateState((state) => ({ ...state, settings })),
  'notify/sent': () => updateState((state) => ({ ...state, notifiedAt: Date.now() })),
  'progress/reset': () =>
    updateState(
      (state): State => ({
        ...defaultState(),
        profile: state.profile,
        profileUnreadable: state.profileUnreadable,
        settings: state.settings,
      }),
    ),
};
