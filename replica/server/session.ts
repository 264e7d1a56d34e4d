import { randomBytes } from 'node:crypto';
import type { Company, GroupId, PageError, PortalUser, Variant } from '../render/types.ts';
import { DEFAULT_VARIANT } from '../render/types.ts';
import type { ReplicaOptions } from './config.ts';

// Per-session state, in memory, keyed by a cookie. Each host has its own cookie; links between hosts carry a
// hand-off token so the three hosts share one session.

export interface Session {
  id: string;
  variant: Variant;
  truth: boolean;
  /** Quirk: the first home page after each log-in lacks « vers tous les services en ligne » (until reloaded). */
  homeQuirk: boolean;
  /** The home page was shown since the last log-in. */
  homeShown: boolean;
  loggedIn: boolean;
  expired: boolean;
  /** Where the federal login returns: the registration or the portal. */
  afterLogin: 'register' | 'portal';
  companies: Company[];
  /** Enterprise number of the company the person works for. */
  current: string | null;
  /** Users per `${enterpriseNumber}:${group}`. */
  users: Map<string, PortalUser[]>;
  group: GroupId;
  /** The user being created (NISS accepted, rights not yet confirmed). */
  pending: PortalUser | null;
  /** A user just added, shown once on the users list. */
  added: PortalUser | null;
  registration: {
    company: Company | null;
    contact: { email: string; phone: string } | null;
    refused: string | null;
  };
}

export function usersKey(enterpriseNumber: string, group: GroupId): string {
  return `${enterpriseNumber}:${group}`;
}

export function newSession(options: ReplicaOptions, variant: Variant = DEFAULT_VARIANT): Session {
  const users = new Map<string, PortalUser[]>();
  for (const [number, list] of Object.entries(options.users)) {
    users.set(
      usersKey(number, 'employer'),
      list.map((u) => ({ ...u, rights: [...u.rights] })),
    );
  }
  return {
    id: randomBytes(12).toString('hex'),
    variant: { ...variant },
    truth: false,
    homeQuirk: false,
    homeShown: false,
    loggedIn: false,
    expired: false,
    afterLogin: 'portal',
    companies: options.companies.map((co) => ({ ...co })),
    current: null,
    users,
    group: 'employer',
    pending: null,
    added: null,
    registration: { company: null, contact: null, refused: null },
  };
}

export function currentCompany(session: Session): Company | null {
  return session.companies.find((co) => co.enterpriseNumber === session.current) ?? null;
}

export type { PageError };
