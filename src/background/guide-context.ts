import { chooseStep } from '../engine/plan/step.ts';
import {
  companySummary,
  ensureCompany,
  nextAnalyst,
  nextCompany,
  setCurrentCompany,
} from '../engine/progress.ts';
import { type Catalog, formatMessage } from '../shared/i18n.ts';
import type { GuideContext } from '../shared/messages.ts';
import type { CompanyRef, State } from '../shared/state.ts';

// What the in-page guide needs to know about the page it is on, computed from State alone (pure, unit-tested);
// the step is the engine's one decision (engine/plan/step.ts).

/** The prefixes of the strings the content script shows: its own (hint_, card_) and the engine's (step_). */
const CONTENT_PREFIXES = ['hint_', 'card_', 'step_'];

export type ContentStrings = GuideContext['strings'];

/**
 * The content script's strings in the page's language (`chosen`), as templates whose named placeholders are already
 * turned into $1..$9 (formatMessage never re-reads what it substitutes, so passing "$1".."$9" keeps them). The
 * French `fallback` fills any gap, as Chrome's default_locale would.
 */
export function contentStrings(chosen: Catalog, fallback: Catalog): ContentStrings {
  const positional = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];
  const strings: Record<string, string> = {};
  for (const catalog of [fallback, chosen])
    for (const key of Object.keys(catalog))
      if (CONTENT_PREFIXES.some((prefix) => key.startsWith(prefix)))
        strings[key] = formatMessage(catalog, key, positional);
  return strings;
}

/**
 * The page tells which company the client is logged in for (its header): that company is added if new and becomes
 * the current one. This is what makes the guide work from a fresh install on any step's page, with no set-up.
 */
export function withPageCompany(state: State, company: CompanyRef | undefined): State {
  if (!company) return state;
  return setCurrentCompany(ensureCompany(state, company), company.enterpriseNumber);
}

export function guideContext(
  state: State,
  steps: readonly string[],
  strings: ContentStrings,
  learned: readonly unknown[],
  pageCompany?: CompanyRef,
  settled = true,
): GuideContext {
  // Off the logged-in pages (company choice, login), the company to work on next.
  const number = pageCompany?.enterpriseNumber ?? nextCompany(state) ?? state.currentCompany;
  const known = state.companies.find((c) => c.enterpriseNumber === number);
  const company: CompanyRef | null = number
    ? { enterpriseNumber: number, name: known?.name || pageCompany?.name || '' }
    : null;
  const registration = company ? (known?.registration ?? 'unknown') : null;
  // An unreadable profile: the stand-in's analysts and rights are no one's; nothing is filled or ticked for them.
  if (state.profileUnreadable) return haltedContext(state, steps, strings, company, registration, settled);
  const team = state.profile.analysts.map((analyst) => ({
    ...analyst,
    status: known?.analysts[analyst.niss]?.status ?? ('pending' as const),
  }));
  const next = company ? nextAnalyst(state, company.enterpriseNumber) : (state.profile.analysts[0] ?? null);
  const summary = company ? companySummary(state, company.enterpriseNumber) : null;
  return {
    stepId: chooseStep(state, steps, number),
    company,
    analyst: next ? (team.find((a) => a.niss === next.niss) ?? null) : null,
    team,
    profile: state.profile,
    done: summary?.done ?? 0,
    total: summary?.total ?? state.profile.analysts.length,
    strings,
    learned,
    halt: null,
    registered: anyRegistered(state),
    registration,
    settled,
  };
}

function haltedContext(
  state: State,
  steps: readonly string[],
  strings: ContentStrings,
  company: CompanyRef | null,
  registration: GuideContext['registration'],
  settled: boolean,
): GuideContext {
  return {
    stepId: chooseStep(state, steps, company?.enterpriseNumber ?? null),
    company,
    analyst: null,
    team: [],
    profile: { ...state.profile, analysts: [], rights: [] },
    done: 0,
    total: 0,
    strings,
    learned: [],
    halt: strings.card_profileUnreadable ?? '',
    registered: anyRegistered(state),
    registration,
    settled,
  };
}

/** A company whose registration was seen done (or proven by logging in as its main access manager). */
function anyRegistered(state: State): boolean {
  return state.companies.some((c) => c.registration === 'done');
}
