import * as z from 'zod/mini';
import { type Fingerprint, LearnedSet } from './fingerprint-schema.ts';
import { Profile } from './profile.ts';
import { STEP_ORDER } from './steps.ts';

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

// The firm can also deploy corrections through the same policy, beside the profile: `learned`, the same object as
// an exported corrections file. For each step it covers, the managed set wins: the local corrections of that step
// are not used (they stay stored, and come back if the policy goes); steps it does not cover keep the local ones.
// A value of the wrong shape is ignored as a whole, with the reasons, and never stops the guide.

export const MANAGED_LEARNED_KEY = 'learned';

/** What the options page says about the managed corrections. */
export interface ManagedLearnedReport {
  /** How many corrections the policy deploys (0 when none, or when its value was refused). */
  managed: number;
  /** The steps where the policy's corrections replace the local ones, in the procedure's order. */
  managedSteps: string[];
  /** Local corrections not used because the policy covers their step. */
  overridden: number;
  /** Why a policy value that is present was not used ("path: message"), empty otherwise. */
  problems: string[];
}

export interface EffectiveLearned extends ManagedLearnedReport {
  /** The corrections in force: the policy's for the steps it covers, the local ones for the others. */
  fingerprints: Fingerprint[];
}

/** `managed` is what storage.managed holds under MANAGED_LEARNED_KEY (undefined when nothing is managed). */
export function resolveLearned(local: readonly Fingerprint[], managed: unknown): EffectiveLearned {
  const none = { managed: 0, managedSteps: [], overridden: 0 };
  if (managed === undefined || managed === null) return { fingerprints: [...local], ...none, problems: [] };
  const parsed = LearnedSet.safeParse(managed);
  if (!parsed.success)
    return {
      fingerprints: [...local],
      ...none,
      problems: parsed.error.issues
        .slice(0, 20)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  const fromPolicy = parsed.data.fingerprints;
  const covered = new Set<string>(fromPolicy.map((fp) => fp.stepId));
  const kept = local.filter((fp) => !covered.has(fp.stepId));
  return {
    fingerprints: [...fromPolicy, ...kept],
    managed: fromPolicy.length,
    managedSteps: STEP_ORDER.filter((step) => covered.has(step)),
    overridden: local.length - kept.length,
    problems: [],
  };
}
