import { companySummary } from '../engine/progress.ts';
import { EMPLOYER_START_URL, isProcedureHost } from '../shared/hosts.ts';
import type { AnalystStatus, CompanyRef, LastPage, Locale, State } from '../shared/state.ts';
import { isStepId, type StepId } from '../shared/steps.ts';

// What the popup shows, computed from the state alone; the components only lay it out.

export type WhereView =
  | { kind: 'step'; stepId: StepId }
  | { kind: 'portal-unknown' }
  | { kind: 'off-portal'; employerUrl: string };

/** The employer page in the client's language where the portal has one (French otherwise). */
export function employerPageUrl(locale: Locale): string {
  return locale === 'nl' ? EMPLOYER_START_URL.replace('/site_fr/', '/site_nl/') : EMPLOYER_START_URL;
}

const withoutHash = (url: string) => url.split('#')[0];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Where the client is: the step recognised on the active tab, or a way to the portal when elsewhere. */
export function whereView(
  activeUrl: string | null,
  lastPage: Pick<LastPage, 'url' | 'stepId'> | null,
  locale: Locale,
): WhereView {
  if (!activeUrl || !isProcedureHost(hostOf(activeUrl)))
    return { kind: 'off-portal', employerUrl: employerPageUrl(locale) };
  const stepId = lastPage?.stepId;
  if (lastPage && stepId && isStepId(stepId) && withoutHash(lastPage.url) === withoutHash(activeUrl))
    return { kind: 'step', stepId };
  return { kind: 'portal-unknown' };
}

export interface AnalystView {
  niss: string;
  name: string;
  status: AnalystStatus;
  note?: string;
}

export interface CompanyView {
  enterpriseNumber: string;
  name: string;
  isCurrent: boolean;
  registration: State['companies'][number]['registration'];
  analysts: AnalystView[];
  done: number;
  total: number;
}

/** One card per company: its registration, then every analyst of the profile with their status. */
export function companyViews(state: State): CompanyView[] {
  return state.companies.map((company) => {
    const analysts = state.profile.analysts.map((analyst): AnalystView => {
      const progress = company.analysts[analyst.niss];
      return {
        niss: analyst.niss,
        name: analyst.name,
        status: progress?.status ?? 'pending',
        ...(progress?.note ? { note: progress.note } : {}),
      };
    });
    const { done, total } = companySummary(state, company.enterpriseNumber);
    return {
      enterpriseNumber: company.enterpriseNumber,
      name: company.name,
      isCurrent: company.enterpriseNumber === state.currentCompany,
      registration: company.registration,
      analysts,
      done,
      total,
    };
  });
}

/** A company read from the portal's header that is not in the list yet: offered for adding. */
export function detectedCompany(state: State): CompanyRef | null {
  const company = state.lastPage?.company;
  if (!company) return null;
  return state.companies.some((c) => c.enterpriseNumber === company.enterpriseNumber) ? null : company;
}
