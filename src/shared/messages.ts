import * as z from 'zod/mini';
import { Fingerprint, LearnedSet, type LearnedSet as LearnedSetType } from './fingerprint-schema.ts';
import type { EffectiveProfile, ManagedLearnedReport } from './managed-profile.ts';
import { type Analyst, NissDigits, Profile } from './profile.ts';
import {
  AnalystStatus,
  CompanyRef,
  EnterpriseDigits,
  Locale,
  Registration,
  Settings,
  type State,
} from './state.ts';

// One schema per message, one discriminated union per direction. Types are derived from the schemas.

// --- from content scripts (pages of the procedure's hosts) to the background
export const PageSeen = z.object({
  type: z.literal('page/seen'),
  stepId: z.nullable(z.string().check(z.maxLength(80))),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  lang: z.nullable(Locale),
  company: z.optional(CompanyRef),
});

/** What the in-page guide saw of an analyst's progress on the page (filled, listed among the users, already a
 *  user, skipped by the client). */
export const AnalystFact = z.object({
  kind: z.literal('analyst'),
  enterpriseNumber: EnterpriseDigits,
  niss: NissDigits,
  status: AnalystStatus,
  note: z.optional(z.string().check(z.maxLength(200))),
});
/**
 * A company's registration (being registered, done, or refused: not the legal representative) as the page shows
 * it: the company's number (and the name beside it), or only the page's message naming it; the background finds
 * which company that is (engine/progress.ts recordRegistration).
 */
export const RegistrationFact = z
  .object({
    kind: z.literal('registration'),
    registration: Registration,
    enterpriseNumber: z.optional(EnterpriseDigits),
    name: z.optional(z.string().check(z.maxLength(200))),
    message: z.optional(z.string().check(z.maxLength(500))),
  })
  .check(z.refine((m) => m.enterpriseNumber !== undefined || m.message !== undefined, 'no company shown'));
export const PageFact = z.discriminatedUnion('kind', [AnalystFact, RegistrationFact]);
export type PageFact = z.infer<typeof PageFact>;
export type RegistrationSeen = Omit<z.infer<typeof RegistrationFact>, 'kind'>;

/**
 * The in-page guide's one message per observation of a recognised page: the steps it serves, its language and
 * the company of its header (which becomes current), and the progress facts it shows. The background records
 * them and answers with the guide's new context in the same reply.
 */
export const PageObserved = z.object({
  type: z.literal('page/observed'),
  /** The steps the page serves (the employer page: register.start and connect.start); the background picks one. */
  steps: z.array(z.string().check(z.maxLength(80))).check(z.minLength(1), z.maxLength(8)),
  lang: z.nullable(Locale),
  company: z.optional(CompanyRef),
  facts: z.array(PageFact).check(z.maxLength(16)),
  /** Asked after an unsettled context: wait for the firm's managed settings, however long they take. */
  settle: z.optional(z.literal(true)),
});
export type Observation = Omit<z.infer<typeof PageObserved>, 'type'>;

/** Teach mode: the person showed the element of a step; the fingerprint is kept and tried first from then on. */
export const LearnedAdd = z.object({ type: z.literal('learned/add'), fingerprint: Fingerprint });
/** Load one of the extension's own injected scripts into the sender's frame: `gate` (gate.js) once the page has
 *  loaded, `guide` (guide.js) once the gate opened (some step could be recognised). */
export const InjectedScript = z.enum(['gate', 'guide']);
export const ScriptLoad = z.object({ type: z.literal('script/load'), script: InjectedScript });

export const FromContent = z.discriminatedUnion('type', [PageSeen, PageObserved, LearnedAdd, ScriptLoad]);
export type FromContent = z.infer<typeof FromContent>;

// --- from the extension's own pages (popup, options) to the background
export const GetState = z.object({ type: z.literal('state/get') });
export const AddCompany = z.object({
  type: z.literal('company/add'),
  enterpriseNumber: EnterpriseDigits,
  name: z.string().check(z.trim(), z.maxLength(200)),
});
export const RemoveCompany = z.object({
  type: z.literal('company/remove'),
  enterpriseNumber: EnterpriseDigits,
});
export const GetProfile = z.object({ type: z.literal('profile/get') });
export const SetProfile = z.object({ type: z.literal('profile/set'), profile: Profile });
export const SetSettings = z.object({ type: z.literal('settings/set'), settings: Settings });
export const MarkNotified = z.object({ type: z.literal('notify/sent') });
export const ResetProgress = z.object({ type: z.literal('progress/reset') });

/** The options page: import (merged, schema-checked) and forget the learned set. */
export const LearnedImport = z.object({ type: z.literal('learned/import'), set: LearnedSet });
export const LearnedClear = z.object({ type: z.literal('learned/clear') });
/** What the firm's policy deploys as corrections, and what it replaces. */
export const LearnedManaged = z.object({ type: z.literal('learned/managed') });

export const FromUi = z.discriminatedUnion('type', [
  LearnedImport,
  LearnedClear,
  LearnedManaged,
  GetState,
  AddCompany,
  RemoveCompany,
  GetProfile,
  SetProfile,
  SetSettings,
  MarkNotified,
  ResetProgress,
]);
export type FromUi = z.infer<typeof FromUi>;

// --- from either: the in-page card's and the options page's export
/** The learned set as the JSON the firm collects. */
export const LearnedExport = z.object({ type: z.literal('learned/export') });
export const FromEither = z.discriminatedUnion('type', [LearnedExport]);
export type FromEither = z.infer<typeof FromEither>;

export type AnalystState = Analyst & { status: AnalystStatus };

/** What the background answers the in-page guide about its page. */
export interface GuideContext {
  /** The step the client is at, among those the page serves. */
  stepId: string;
  /** The company worked on: the page's, else the next one to work on. */
  company: CompanyRef | null;
  /** The next analyst still to add for this company. */
  analyst: AnalystState | null;
  /** Every analyst of the profile, with their status for this company. */
  team: AnalystState[];
  profile: Profile;
  done: number;
  total: number;
  /** hint_, card_ and step_ strings in the page's language, placeholders as $1..$9. */
  strings: Readonly<Record<string, string>>;
  /** Fingerprints taught for this step (teach mode). */
  learned: readonly unknown[];
  /** Why the guide must not fill, tick or point at anything (shown on its card), null when it may. */
  halt: string | null;
  /** Whether any company is known to be registered (else the employer page tells about « S'enregistrer »). */
  registered: boolean;
  /** What is known of `company`'s registration (null without a company): a page proving what is known already
   *  has nothing to report. */
  registration: z.infer<typeof Registration> | null;
  /** false while the firm's managed settings could not be read yet (background/managed.ts forPage): the guide
   *  points but fills and ticks nothing, and asks again at once for the settled context. */
  settled: boolean;
}

/** What each request answers. */
export interface Replies {
  'page/seen': null;
  'page/observed': GuideContext;
  'learned/add': null;
  'script/load': null;
  'learned/export': LearnedSetType;
  'learned/import': LearnedSetType;
  'learned/clear': LearnedSetType;
  'learned/managed': ManagedLearnedReport;
  'state/get': State;
  'company/add': State;
  'company/remove': State;
  /** The profile in force (a managed one wins over the local one) and where it comes from. */
  'profile/get': EffectiveProfile;
  'profile/set': State;
  'settings/set': State;
  'notify/sent': State;
  'progress/reset': State;
}

export type Message = FromContent | FromUi | FromEither;
export type MessageType = Message['type'];
export type Reply<T extends MessageType> = Replies[T];

/** A refusal the person must read: a message key of the catalogues and its placeholders ($1..$9). */
export interface RefusalText {
  key: string;
  substitutions: string[];
}

/**
 * The envelope every answer travels in, so that errors reach the caller instead of vanishing. A refusal meant for
 * the person carries its message key, so that the page words it in its own language.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; refusal?: RefusalText };
