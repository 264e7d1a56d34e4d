import * as z from 'zod/mini';
import { isValidNiss } from './identifiers/niss.ts';
import { ALL_RIGHT_IDS, RIGHT_IDS } from './right-ids.ts';

// The firm's profile: everything firm-specific is configuration. Defaults come from docs/procedure.md.

export { ALL_RIGHT_IDS, RIGHT_IDS };
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
