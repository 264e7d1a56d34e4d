import type { RightId } from '../../src/shared/profile.ts';
import type { StepId } from '../../src/shared/steps.ts';

// The variants a session can choose. Each axis is independent; ALL_VARIANTS is their product.
export const LANGS = ['fr', 'nl', 'de'] as const;
export const WORDINGS = ['old', 'new'] as const;
// `cards` and `menu` are semantic (ids, labels, landmarks, as `clean`) but lay the portal out otherwise: services as a
// grid of cards whose link says only « Ouvrir », icon-only buttons, the NISS labelled « numéro de registre national »
// beside name fields (cards); services in a top menu bar or a search-first page, the NISS labelled INSZ (menu);
// `dialog` is laid out as `clean` but opens the add-user form and the rights in a modal dialog (role=dialog,
// aria-modal, a backdrop) above the users list, which stays in the page behind it, inert.
export const MARKUPS = ['clean', 'poor', 'cards', 'menu', 'dialog'] as const;
export const TIMINGS = ['normal', 'late', 'spa', 'iframe'] as const;

export type Lang = (typeof LANGS)[number];
export type Wording = (typeof WORDINGS)[number];
export type Markup = (typeof MARKUPS)[number];
export type Timing = (typeof TIMINGS)[number];

export interface Variant {
  lang: Lang;
  wording: Wording;
  markup: Markup;
  timing: Timing;
}

export const DEFAULT_VARIANT: Variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' };

export const ALL_VARIANTS: readonly Variant[] = LANGS.flatMap((lang) =>
  WORDINGS.flatMap((wording) =>
    MARKUPS.flatMap((markup) => TIMINGS.map((timing) => ({ lang, wording, markup, timing }))),
  ),
);

/** Ids, labels, real buttons and landmarks: every markup but `poor`. */
export function isSemantic(markup: Markup): boolean {
  return markup !== 'poor';
}

export function variantKey(v: Variant): string {
  return `${v.lang}-${v.wording}-${v.markup}-${v.timing}`;
}

/** The person's role in a company, as the access-management service knows it. */
export type Quality = 'principal' | 'manager' | 'user';

export interface Company {
  name: string;
  /** 10 digits, no separators. */
  enterpriseNumber: string;
  quality: Quality;
}

export interface PortalUser {
  /** 11 digits. */
  niss: string;
  name: string;
  /** Codes of the ticked rights (see rights.ts), decoys included. */
  rights: string[];
}

/** Messages the portal shows on a page after a refused action. */
export type PageError =
  | 'invalid-number'
  | 'invalid-niss'
  | 'unknown-niss'
  | 'already-exists'
  | 'invalid-email'
  | 'invalid-phone'
  | 'no-rights';

export interface LegalRepresentative {
  name: string;
  role: 'director' | 'manager';
  /** ISO date. */
  since: string;
}

/** Groups (newer wording) or qualities (older wording) of a company in access management. */
export const GROUP_IDS = ['employer', 'fse', 'provider', 'company'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export type LoginMethod = 'eid' | 'itsme' | 'code';

/** Everything a screen may show. All optional: missing parts fall back to SAMPLE_DATA. */
export interface ScreenData {
  /** Emit `data-replica-truth` markers (tests only). */
  truth?: boolean;
  person?: { name: string };
  companies?: Company[];
  /** The company the person is logged in for (logged-in pages). */
  company?: Company;
  users?: PortalUser[];
  error?: PageError;
  /** Values echoed back into a refused form. */
  form?: Partial<Record<'enterpriseNumber' | 'niss' | 'email' | 'phone' | 'username', string>>;
  /** The user being created (rights and confirmation screens). */
  pending?: PortalUser;
  /** A user just added (shown as a success message on the users list). */
  added?: PortalUser;
  /** KBO/BCE result page. */
  kbo?: { enterpriseNumber: string; name: string; representatives: LegalRepresentative[] };
  /** Enterprise number just refused as "not the legal representative". */
  refusedNumber?: string;
  /** Access-management group whose users are shown (default: employer, « Employeur ONSS »). */
  group?: GroupId;
  /** Service selected in the online-services column. */
  service?: string;
  /** Login method chosen on the federal login page. */
  loginMethod?: LoginMethod;
  /** Registration contact data being confirmed. */
  contact?: { email: string; phone: string };
  /** Session hand-off token appended to links that cross to another host (cookies are per host). */
  handoff?: string;
  /** Home page without « vers tous les services en ligne », a quirk the firm's instructions mention (reload helps). */
  homeWithoutServicesLink?: boolean;
  /** Late variant: delay before the content appears (default: 500–2000 ms depending on the screen). */
  lateDelayMs?: number;
  /** Iframe variant: render the framed (inner) document of an access-management screen. */
  inFrame?: boolean;
}

export type { RightId, StepId };
