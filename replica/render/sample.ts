import type { ScreenData } from './types.ts';

// Default data for screens rendered without a session (tests, screenshots). All identifiers have valid check digits.
export const SAMPLE_DATA: Required<Pick<ScreenData, 'person' | 'companies' | 'company' | 'users' | 'kbo'>> = {
  person: { name: 'Marie Dupont' },
  companies: [
    { name: 'Boulangerie Dupont SRL', enterpriseNumber: '0403170701', quality: 'principal' },
    { name: 'Dupont Immo SA', enterpriseNumber: '0812345603', quality: 'user' },
  ],
  company: { name: 'Boulangerie Dupont SRL', enterpriseNumber: '0403170701', quality: 'principal' },
  users: [{ niss: '65031512337', name: 'Jean Martin', rights: ['DIM_DECL', 'DMFA_DECL'] }],
  kbo: {
    enterpriseNumber: '0765432146',
    name: 'Atelier Peeters SRL',
    representatives: [
      { name: 'Peeters, Anne', role: 'director', since: '2015-03-12' },
      { name: 'Peeters, Luc', role: 'manager', since: '2019-01-01' },
    ],
  },
};
