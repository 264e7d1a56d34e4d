import * as z from 'zod/mini';
import { isValidNiss } from './identifiers/niss.ts';

// The firm's profile: everything firm-specific is configuration. Defaults come from docs/procedure.md.

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
export const RightId = z.enum(ALL_RIGHT_IDS);
export type RightId = z.infer<typeof RightId>;

export const NissDigits = z.string().check(
  z.regex(/^\d{11}$/, 'NISS must be 11 digits'),
  z.refine((v) => isValidNiss(v), 'NISS check digits or birth date are not valid'),
);

export const Analyst = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  niss: NissDigits,
});
export type Analyst = z.infer<typeof Analyst>;

export const Profile = z.object({
  firmName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  firmEmail: z.email(),
  analysts: z.array(Analyst).check(z.minLength(1), z.maxLength(10)),
  rights: z.array(RightId).check(z.minLength(1)),
  teamviewerUrl: z.url({ protocol: /^https$/ }),
});
export type Profile = z.infer<typeof Profile>;

export const DEFAULT_PROFILE: Profile = {
  firmName: 'e-thicHR',
  firmEmail: 'hello@e-thichr.com',
  analysts: [
    { name: 'Analyste principal', niss: '70041243623' },
    { name: 'Analyste back-up', niss: '82083026729' },
  ],
  rights: [...RIGHT_IDS],
  teamviewerUrl: 'https://www.teamviewer.com/fr/download/windows/',
};
