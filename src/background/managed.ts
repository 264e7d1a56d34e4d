import { browser } from '../shared/browser.ts';
import { type EffectiveProfile, MANAGED_PROFILE_KEY, resolveProfile } from '../shared/managed-profile.ts';
import type { State } from '../shared/state.ts';

// Reads storage.managed. Without a policy Chrome answers {}, Firefox rejects ("managed storage manifest not
// found"): both mean "nothing managed".
async function readManagedProfile(): Promise<unknown> {
  try {
    const stored = await browser.storage.managed.get(MANAGED_PROFILE_KEY);
    return stored[MANAGED_PROFILE_KEY];
  } catch {
    return undefined;
  }
}

export async function effectiveProfile(state: State): Promise<EffectiveProfile> {
  const resolved = resolveProfile(state.profile, await readManagedProfile());
  if (resolved.problems.length > 0) console.warn('ONSS guide: managed profile ignored:', resolved.problems);
  return resolved;
}

/** The state as every reader should see it: with the managed profile in place of the local one. */
export async function withEffectiveProfile(state: State): Promise<State> {
  const { profile, source } = await effectiveProfile(state);
  // A valid managed profile is read whatever happened to the local one.
  return { ...state, profile, profileUnreadable: state.profileUnreadable && source === 'local' };
}
