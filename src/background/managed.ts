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
async function readManagedKeys(keys: readonly string[]): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get([...keys]);
  } catch {
    return {};
  }
}

async function readManaged(key: string): Promise<unknown> {
  return (await readManagedKeys([key]))[key];
}

function profileFrom(state: State, managed: unknown): EffectiveProfile {
  const resolved = resolveProfile(state.profile, managed);
  if (resolved.problems.length > 0) console.warn('ONSS guide: managed profile ignored:', resolved.problems);
  return resolved;
}

function learnedFrom(state: State, managed: unknown): EffectiveLearned {
  const resolved = resolveLearned(state.learned, managed);
  if (resolved.problems.length > 0)
    console.warn('ONSS guide: managed corrections ignored:', resolved.problems);
  return resolved;
}

/** The state with the managed profile in place of the local one. */
function stateWith(state: State, { profile, source }: EffectiveProfile): State {
  // A valid managed profile is read whatever happened to the local one.
  return { ...state, profile, profileUnreadable: state.profileUnreadable && source === 'local' };
}

export async function effectiveProfile(state: State): Promise<EffectiveProfile> {
  return profileFrom(state, await readManaged(MANAGED_PROFILE_KEY));
}

/** The corrections in force: the policy's for the steps it covers (a managed set wins), the local ones elsewhere. */
export async function effectiveLearned(state: State): Promise<EffectiveLearned> {
  return learnedFrom(state, await readManaged(MANAGED_LEARNED_KEY));
}

/** The state as every reader should see it: with the managed profile in place of the local one. */
export async function withEffectiveProfile(state: State): Promise<State> {
  return stateWith(state, await effectiveProfile(state));
}

/** Set in storage.local once storage.managed has held a profile or corrections on this install. */
export const MANAGED_SEEN_KEY = 'managed-seen';
/** How long a page's context waits for storage.managed before it goes on without it (see forPage). */
export const MANAGED_WAIT_MS = 100;

let seen: Promise<boolean> | null = null;

function seenBefore(): Promise<boolean> {
  seen ??= browser.storage.local.get(MANAGED_SEEN_KEY).then(
    (stored) => stored[MANAGED_SEEN_KEY] === true,
    () => false,
  );
  return seen;
}

/** Written once: a policy's every page would otherwise write the same flag again. */
async function noteSeen(profile: unknown, learned: unknown): Promise<void> {
  if ((profile === undefined && learned === undefined) || (await seenBefore())) return;
  seen = Promise.resolve(true);
  await browser.storage.local.set({ [MANAGED_SEEN_KEY]: true }).catch(() => undefined);
}

export interface PageSettings {
  state: State;
  learned: EffectiveLearned['fingerprints'];
  /** false: storage.managed was not read (the state's own profile and corrections stand in). */
  settled: boolean;
}

/**
 * What a page's context is made from. Chromium answers the first storage.managed reads of a browser session only
 * once its policies are loaded, seconds after its start (2.7 s for a page loaded as Chromium 156 starts), and every
 * page would wait for them. So, unless asked to `settle`, a page goes on without them after MANAGED_WAIT_MS where this
 * install never saw a managed value (the local profile is then the one in force, as far as is known): its context
 * is not settled, and the guide, which fills and ticks nothing on an unsettled context, asks again at once to
 * settle. Once a managed value was seen, every page waits for storage.managed.
 */
export async function forPage(state: State, settle: boolean): Promise<PageSettings> {
  // One read for both keys.
  const read = readManagedKeys([MANAGED_PROFILE_KEY, MANAGED_LEARNED_KEY]).then(
    (managed) => [managed[MANAGED_PROFILE_KEY], managed[MANAGED_LEARNED_KEY]] as const,
  );
  void read.then(([profile, learned]) => noteSeen(profile, learned));
  const waited =
    settle || (await seenBefore())
      ? await read
      : await Promise.race([
          read,
          new Promise<null>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS, null)),
        ]);
  if (!waited) return { state, learned: [...state.learned], settled: false };
  const [profile, learned] = waited;
  return {
    state: stateWith(state, profileFrom(state, profile)),
    learned: learnedFrom(state, learned).fingerprints,
    settled: true,
  };
}
