import { parseEnterpriseNumber } from '../shared/identifiers/enterprise.ts';
import { parseNiss } from '../shared/identifiers/niss.ts';
import type { PageFact, RegistrationSeen } from '../shared/messages.ts';
import type { Analyst } from '../shared/profile.ts';
import type { AnalystStatus, Company, State } from '../shared/state.ts';
import type { StepId } from '../shared/steps.ts';
import { normalize } from './text.ts';

// Where the client stands: companies × the profile's analysts × statuses, registration per company, notification.
// Pure transitions on State. They are idempotent and return the very same object when nothing changes, so a
// reload, the back button or a message seen twice changes nothing; everything below is derived from State alone,
// so a restart half-way resumes where it stopped.

type Registration = Company['registration'];

/** An analyst who was already a user counts as done, like one granted now. */
export const DONE_STATUSES: readonly AnalystStatus[] = ['granted', 'already-user'];

export function isDone(status: AnalystStatus): boolean {
  return DONE_STATUSES.includes(status);
}

const NAME_MAX = 200;
const NOTE_MAX = 500;

/**
 * Adds the company if it is new (any spelling of the number is read: dots, spaces, BE), or gives a company whose
 * name is still unknown ('') the name now seen. A known name is kept. The first company seen becomes current.
 * An invalid enterprise number changes nothing.
 */
export function ensureCompany(state: State, ref: { enterpriseNumber: string; name?: string }): State {
  const parsed = parseEnterpriseNumber(ref.enterpriseNumber);
  if (!parsed.ok) return state;
  const enterpriseNumber = parsed.digits;
  const name = cleanName(ref.name ?? '');
  const currentCompany = state.currentCompany ?? enterpriseNumber;
  const existing = findCompany(state, enterpriseNumber);
  if (existing) {
    if (existing.name !== '' || name === '') {
      return state.currentCompany === currentCompany ? state : { ...state, currentCompany };
    }
    return { ...replaceCompany(state, { ...existing, name }), currentCompany };
  }
  const company: Company = { enterpriseNumber, name, registration: 'unknown', analysts: {} };
  return { ...state, companies: [...state.companies, company], currentCompany };
}

/** The company the client now works on (chosen on the portal or in the popup); added if it was not known. */
export function setCurrentCompany(state: State, enterpriseNumber: string): State {
  const parsed = parseEnterpriseNumber(enterpriseNumber);
  if (!parsed.ok) return state;
  const ensured = ensureCompany(state, { enterpriseNumber: parsed.digits });
  return ensured.currentCompany === parsed.digits ? ensured : { ...ensured, currentCompany: parsed.digits };
}

/**
 * What is known of the company's registration. Knowledge only grows: 'unknown' never replaces anything, and
 * 'done' is never replaced (a stale page of the registration flow, seen again, does not undo it).
 */
export function setRegistration(state: State, enterpriseNumber: string, registration: Registration): State {
  const ensured = ensureCompanyByNumber(state, enterpriseNumber);
  if (!ensured) return state;
  const { state: next, company } = ensured;
  if (
    company.registration === registration ||
    registration === 'unknown' ||
    company.registration === 'done'
  ) {
    return next;
  }
  return replaceCompany(next, { ...company, registration });
}

/**
 * Records what a registration page (or a logged-in page) showed. The company is the one the page shows, never the
 * popup's current one: shown by its number, else the one known company named in the message (none or several:
 * nothing is recorded). A refusal stays a refusal for that company only; the company being registered or just
 * registered becomes the current one, the refused one does not.
 */
export function recordRegistration(state: State, seen: RegistrationSeen): State {
  const number = seen.enterpriseNumber ?? companyNamedIn(state, seen.message ?? '');
  if (!number || !parseEnterpriseNumber(number).ok) return state;
  const known = ensureCompany(state, { enterpriseNumber: number, name: seen.name ?? '' });
  const next = setRegistration(known, number, seen.registration);
  if (seen.registration !== 'not-legal-representative') return setCurrentCompany(next, number);
  // ensureCompany makes the first company seen the current one: never a refused one, even on a fresh install.
  return next.currentCompany === state.currentCompany
    ? next
    : { ...next, currentCompany: state.currentCompany };
}

/** Records what one observation of a page showed (the planner's progress facts, the fill, a skip), in order. */
export function recordFacts(state: State, facts: readonly PageFact[], now: number): State {
  return facts.reduce((next, fact) => {
    if (fact.kind === 'analyst')
      return markAnalyst(next, fact.enterpriseNumber, fact.niss, fact.status, now, fact.note);
    const { kind: _kind, ...seen } = fact;
    return recordRegistration(next, seen);
  }, state);
}

/** The enterprise number of the one known company whose name the text contains, word for word; else null. */
export function companyNamedIn(state: State, text: string): string | null {
  const folded = ` ${normalize(text)} `;
  if (folded.trim() === '') return null;
  const named = state.companies.filter((c) => {
    const name = normalize(c.name);
    return name !== '' && folded.includes(` ${name} `);
  });
  return named.length === 1 ? (named[0]?.enterpriseNumber ?? null) : null;
}

/**
 * Records an analyst's status for a company (the company is added if needed). A done status ('granted',
 * 'already-user') is final: a later 'in-progress', 'pending' or 'problem' is a stale report and is ignored, and
 * the first done status is kept. Being able to add a user shows the client is registered, so a done status also
 * marks the registration done. Analysts outside the profile are recorded too (history), only never counted.
 */
export function markAnalyst(
  state: State,
  enterpriseNumber: string,
  niss: string,
  status: AnalystStatus,
  now: number,
  note?: string,
): State {
  const parsedNiss = parseNiss(niss);
  const ensured = ensureCompanyByNumber(state, enterpriseNumber);
  if (!parsedNiss.ok || !ensured) return state;
  const { state: next, company } = ensured;
  const previous = company.analysts[parsedNiss.digits];
  const cleanNote = note?.trim().slice(0, NOTE_MAX) || undefined;
  if (previous && isDone(previous.status)) return next;
  if (previous && previous.status === status && previous.note === cleanNote) return next;
  return replaceCompany(next, {
    ...company,
    registration: isDone(status) ? 'done' : company.registration,
    analysts: {
      ...company.analysts,
      [parsedNiss.digits]: { status, updatedAt: now, ...(cleanNote ? { note: cleanNote } : {}) },
    },
  });
}

/** The client sent the firm the e-mail with the companies' details. */
export function markNotified(state: State, now: number): State {
  return state.notifiedAt === now ? state : { ...state, notifiedAt: now };
}

function statusOf(company: Company | undefined, niss: string): AnalystStatus {
  return company?.analysts[niss]?.status ?? 'pending';
}

/**
 * The profile's analyst to add next for this company: the one in progress, else the first pending one in the
 * profile's order, else the first one with a problem (to try again); null when all are done.
 */
export function nextAnalyst(state: State, enterpriseNumber: string): Analyst | null {
  const company = findCompany(state, digitsOf(enterpriseNumber));
  const open = state.profile.analysts.filter((a) => !isDone(statusOf(company, a.niss)));
  for (const wanted of ['in-progress', 'pending', 'problem'] as const) {
    const found = open.find((a) => statusOf(company, a.niss) === wanted);
    if (found) return found;
  }
  return null;
}

/** Counts only the profile's current analysts; an unknown company has none done. */
export function companySummary(
  state: State,
  enterpriseNumber: string,
): { done: number; total: number; registration: Registration } {
  const company = findCompany(state, digitsOf(enterpriseNumber));
  const done = state.profile.analysts.filter((a) => isDone(statusOf(company, a.niss))).length;
  return { done, total: state.profile.analysts.length, registration: company?.registration ?? 'unknown' };
}

function isComplete(state: State, company: Company): boolean {
  const { done, total } = companySummary(state, company.enterpriseNumber);
  return done === total;
}

/** Refused (not the legal representative): only the legal representative can register it, the client cannot. */
export function isRefused(company: Company): boolean {
  return company.registration === 'not-legal-representative';
}

/**
 * Every company the client can act on has all the profile's analysts done (false while there is none). A refused
 * company waits for its legal representative: it does not hold up the end of the job for the others.
 */
export function allGranted(state: State): boolean {
  const open = state.companies.filter((c) => !isRefused(c));
  return open.length > 0 && open.every((c) => isComplete(state, c));
}

/**
 * The company to work on: the current one while it is not complete, else the next incomplete one after it. A
 * refused company only when no other company is known (its step explains the refusal).
 */
export function nextCompany(state: State): string | null {
  const { companies } = state;
  const start = Math.max(
    0,
    companies.findIndex((c) => c.enterpriseNumber === state.currentCompany),
  );
  const onlyRefused = companies.every(isRefused);
  for (let i = 0; i < companies.length; i += 1) {
    const company = companies[(start + i) % companies.length];
    if (company && !isComplete(state, company) && (onlyRefused || !isRefused(company)))
      return company.enterpriseNumber;
  }
  return null;
}

/** The firm must be told once everything is granted, and again if something was granted after the last e-mail. */
export function needsNotification(state: State): boolean {
  if (!allGranted(state)) return false;
  if (state.notifiedAt === null) return true;
  const profileNiss = new Set(state.profile.analysts.map((a) => a.niss));
  return state.companies.some((c) =>
    Object.entries(c.analysts).some(
      ([niss, p]) => profileNiss.has(niss) && isDone(p.status) && p.updatedAt > (state.notifiedAt ?? 0),
    ),
  );
}

/**
 * The next step overall: log in while no company is known; switch company when the next one to work on is not
 * the current one; register when the company needs it; add the next analyst; notify the firm; null when finished.
 */
export function nextStep(state: State): StepId | null {
  if (state.companies.length === 0) return 'connect.start';
  const target = nextCompany(state);
  if (target === null) return needsNotification(state) ? 'notify.email' : null;
  const registration = findCompany(state, target)?.registration;
  // A refused company is never the current one: its step explains the refusal wherever the client is.
  if (registration === 'not-legal-representative') return 'register.not-legal-representative';
  if (target !== state.currentCompany) return 'connect.pick-company';
  if (registration === 'needed') return 'register.start';
  return 'grant.add-user';
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
}

function digitsOf(enterpriseNumber: string): string {
  const parsed = parseEnterpriseNumber(enterpriseNumber);
  return parsed.ok ? parsed.digits : enterpriseNumber;
}

function findCompany(state: State, enterpriseNumber: string): Company | undefined {
  return state.companies.find((c) => c.enterpriseNumber === enterpriseNumber);
}

function ensureCompanyByNumber(
  state: State,
  enterpriseNumber: string,
): { state: State; company: Company } | null {
  const next = ensureCompany(state, { enterpriseNumber });
  const company = findCompany(next, digitsOf(enterpriseNumber));
  return company ? { state: next, company } : null;
}

function replaceCompany(state: State, company: Company): State {
  return {
    ...state,
    companies: state.companies.map((c) => (c.enterpriseNumber === company.enterpriseNumber ? company : c)),
  };
}
