import { SAMPLE_DATA } from '../render/sample.ts';
import type { Company, LegalRepresentative, PortalUser } from '../render/types.ts';

// What the replica's "world" contains: the person who logs in, their companies and qualities, the people the
// national register knows, the enterprise numbers whose registration is refused, and the KBO/BCE records.

export interface KboRecord {
  name: string;
  representatives: LegalRepresentative[];
}

export interface ReplicaOptions {
  person: { name: string };
  /** The companies the person can log in for, with the person's quality in each. */
  companies: Company[];
  /** Users already present in the « Employeur ONSS » group, per enterprise number. */
  users: Record<string, PortalUser[]>;
  /** NISS (11 digits) → name: the people the national register knows. A valid NISS not listed is refused. */
  persons: Record<string, string>;
  /** Enterprise numbers (10 digits) for which the person is not a legal representative. */
  refusedNumbers: string[];
  /** KBO/BCE public records, per enterprise number. */
  kbo: Record<string, KboRecord>;
}

export const DEFAULT_OPTIONS: ReplicaOptions = {
  person: SAMPLE_DATA.person,
  companies: SAMPLE_DATA.companies,
  users: { [SAMPLE_DATA.companies[0]?.enterpriseNumber ?? '']: SAMPLE_DATA.users },
  persons: {
    '70041243623': 'Sophie Lambert',
    '82083026729': 'Thomas Claes',
    '65031512337': 'Jean Martin',
    '88112233458': 'Nadia Benali',
  },
  refusedNumbers: [SAMPLE_DATA.kbo.enterpriseNumber],
  kbo: {
    [SAMPLE_DATA.kbo.enterpriseNumber]: {
      name: SAMPLE_DATA.kbo.name,
      representatives: SAMPLE_DATA.kbo.representatives,
    },
    '0403170701': {
      name: 'Boulangerie Dupont SRL',
      representatives: [{ name: 'Dupont, Marie', role: 'manager', since: '2010-02-01' }],
    },
    '0812345603': {
      name: 'Dupont Immo SA',
      representatives: [
        { name: 'Dupont, Paul', role: 'director', since: '2008-06-15' },
        { name: 'Dupont, Marie', role: 'director', since: '2012-09-01' },
      ],
    },
    '0444444496': {
      name: 'Dupont Services SRL',
      representatives: [{ name: 'Dupont, Marie', role: 'manager', since: '2021-04-01' }],
    },
  },
};
