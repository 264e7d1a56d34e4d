import { browser } from '../shared/browser.ts';
import {
  type EffectiveLearned,
  type EffectiveProfile,
  MANAGED_LEARNED_KEY,
  MANAGED_PROFILE_KEY,
  resolveLearned,
  resolveProfile,
} from '../shared/managed-profile.ts';
import type { State } from '../shared/state.ts';

// Reads storage.managed. Without a policy Chrome answers {}, Firefox rejects ("managed storage manifest not
// found"): both mean "nothing managed".
async function readManaged(key: string): Promise<unknown> {
  try {
    const stored = await browser.storage.managed.get(key);
    return stored[key];
  } catch {
    return undefined;
  }
}

export async function effectiveProfile(state: State): Promise<EffectiveProfile> {
  const resolved = resolveProfile(state.profile, await readManaged(MANAGED_PROFILE_KEY));
  if (resolved.problems.length > 0) console.warn('ONSS guide: managed profile ignored:', resolved.problems);
  return resolved;
}

/** The corrections in force: the policy's for the steps it covers (a managed set wins), the local ones elsewhere. */
export async function effectiveLearned(state: State): Promise<EffectiveLearned> {
  const resolved = resolveLearned(state.learned, await readManaged(MANAGED_LEARNED_KEY));
  if (resolved.problems.length > 0)
    console.warn('ONSS guide: managed corrections ignored:', resolved.problems);
  return resolved;
}

/** The state as every reader should see it: with the managed profile in place of the local one. */
export async function withEffectiveProfile(state: State): Promise<State> {
  const { profile, source } = await effectiveProfile(state);
  // A valid managed profile is read whatever happened to the local one.
  return { ...state, profile, profileUnreadable: state.profileUnreadable && source === 'local' };
}
