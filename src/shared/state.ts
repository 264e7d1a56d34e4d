import * as z from 'zod/mini';
import { Fingerprint, MAX_LEARNED } from './fingerprint-schema.ts';
import { isValidEnterpriseNumber } from './identifiers/enterprise.ts';
import { Locale } from './locale.ts';
import { DEFAULT_PROFILE, NissDigits, Profile } from './profile.ts';

// The state the background keeps in storage.local, under one key (the taught corrections included). Pure: load/recover/migrate run in unit tests.

export const STATE_VERSION = 1;
export { STORAGE_KEY } from './storage-key.ts';

export { Locale };

export const EnterpriseDigits = z.string().check(
  z.regex(/^[01]\d{9}$/, 'enterprise number must be 10 digits'),
  z.refine((v) => isValidEnterpriseNumber(v), 'enterprise number check digits are not valid'),
);

export const AnalystStatus = z.enum(['pending', 'in-progress', 'granted', 'already-user', 'problem']);
export type AnalystStatus = z.infer<typeof AnalystStatus>;

export const AnalystProgress = z.object({
  status: AnalystStatus,
  updatedAt: z.number(),
  note: z.optional(z.string().check(z.maxLength(500))),
});
export type AnalystProgress = z.infer<typeof AnalystProgress>;

export const Registration = z.enum(['unknown', 'needed', 'done', 'not-legal-representative']);

export const Company = z.object({
  enterpriseNumber: EnterpriseDigits,
  name: z.string().check(z.maxLength(200)),
  registration: Registration,
  /** Keyed by the analyst's NISS (11 digits). */
  analysts: z.record(NissDigits, AnalystProgress),
});
export type Company = z.infer<typeof Company>;

export const CompanyRef = z.object({
  name: z.string().check(z.maxLength(200)),
  enterpriseNumber: EnterpriseDigits,
});
export type CompanyRef = z.infer<typeof CompanyRef>;

export const LastPage = z.object({
  url: z.string().check(z.maxLength(2000)),
  stepId: z.nullable(z.string().check(z.maxLength(80))),
  lang: z.nullable(Locale),
  at: z.number(),
  company: z.optional(CompanyRef),
});
export type LastPage = z.infer<typeof LastPage>;

export const Settings = z.object({ uiLocale: z.enum(['auto', 'fr', 'nl', 'de', 'en']) });

export const RecoveryNote = z.object({ at: z.number(), message: z.string().check(z.maxLength(500)) });

/** Each top-level field has its own schema so that a damaged field can be reset while the others are kept. */
export const STATE_FIELDS = {
  version: z.literal(STATE_VERSION),
  profile: Profile,
  companies: z.array(Company),
  currentCompany: z.nullable(EnterpriseDigits),
  lastPage: z.nullable(LastPage),
  notifiedAt: z.nullable(z.number()),
  settings: Settings,
  recoveryNotes: z.array(RecoveryNote).check(z.maxLength(20)),
  /** Corrections taught in teach mode or imported (oldest first). */
  learned: z.array(Fingerprint).check(z.maxLength(MAX_LEARNED)),
  /** The stored profile could not be read: the default one stands in, but nobody is filled or ticked until the
   *  profile is saved or imported again (default analysts must never receive access by accident). */
  profileUnreadable: z.boolean(),
};
export const State = z.object(STATE_FIELDS);
export type State = z.infer<typeof State>;

export function defaultState(): State {
  return {
    version: STATE_VERSION,
    profile: structuredClone(DEFAULT_PROFILE),
    companies: [],
    currentCompany: null,
    lastPage: null,
    notifiedAt: null,
    settings: { uiLocale: 'auto' },
    recoveryNotes: [],
    learned: [],
    profileUnreadable: false,
  };
}
