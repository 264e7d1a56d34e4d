import * as z from 'zod/mini';
import type { EffectiveProfile } from './managed-profile.ts';
import { Profile } from './profile.ts';
import { CompanyRef, EnterpriseDigits, Locale, Settings, type State } from './state.ts';

// One schema per message, one discriminated union per direction. Types are derived from the schemas.

// --- from content scripts (pages of the procedure's hosts) to the background
export const PageSeen = z.object({
  type: z.literal('page/seen'),
  stepId: z.nullable(z.string().check(z.maxLength(80))),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  lang: z.nullable(Locale),
  company: z.optional(CompanyRef),
});

export const FromContent = z.discriminatedUnion('type', [PageSeen]);
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

export const FromUi = z.discriminatedUnion('type', [
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

/** What each request answers. */
export interface Replies {
  'page/seen': null;
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

export type Message = FromContent | FromUi;
export type MessageType = Message['type'];
export type Reply<T extends MessageType> = Replies[T];

/** The envelope every answer travels in, so that errors reach the caller instead of vanishing. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
