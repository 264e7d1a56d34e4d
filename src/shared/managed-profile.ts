import * as z from 'zod/mini';
import { Profile } from './profile.ts';

// A firm can preconfigure its profile for all its clients through managed storage (Chrome: policy checked
// against managed_schema.json; Firefox: enterprise policy or a managed-storage manifest). A valid managed profile
// wins over the local one; an invalid one is ignored and reported, so that a typo in a policy never blocks a client.

export const MANAGED_PROFILE_KEY = 'profile';

export const ProfileSource = z.enum(['local', 'managed']);
export type ProfileSource = z.infer<typeof ProfileSource>;

export interface EffectiveProfile {
  profile: Profile;
  source: ProfileSource;
  /** Why a managed profile that is present was not used ("path: message"), empty otherwise. */
  problems: string[];
}

/** `managed` is what storage.managed holds under MANAGED_PROFILE_KEY (undefined when nothing is managed). */
export function resolveProfile(local: Profile, managed: unknown): EffectiveProfile {
  if (managed === undefined || managed === null) return { profile: local, source: 'local', problems: [] };
  const parsed = Profile.safeParse(managed);
  if (parsed.success) return { profile: parsed.data, source: 'managed', problems: [] };
  return {
    profile: local,
    source: 'local',
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
