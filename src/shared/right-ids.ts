// The access rights by id, without their schema: the content scripts need the ids, not zod (profile.ts has the
// schema of a profile's rights).

/** Every right of the employer group's access management that public pages name (engine/procedure/right-concepts.ts). */
export const ALL_RIGHT_IDS = [
  'consultation-factures',
  'dmfa-modification',
  'dimona-declaration',
  'ecaro',
  'dmfa-declaration',
  'dmfa-consultation',
  'dmfa-attestations',
  'dimona-consultation',
  'employer-account-consultation',
  'employer-repertory-consultation',
  'ebox-enterprise',
  'chaman',
  'social-risks-declaration',
  'limosa',
  'works-declaration-30bis',
  'capelo',
  'annual-holidays',
  'mandate-management',
] as const;
/** The four rights PROCEDURE.md asks for: the default profile. */
export const RIGHT_IDS = [
  'consultation-factures',
  'dmfa-modification',
  'dimona-declaration',
  'ecaro',
] as const;
