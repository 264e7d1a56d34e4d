import { Fingerprint, MAX_LEARNED } from '../shared/fingerprint-schema.ts';
import { mergeLearned } from '../shared/learned-merge.ts';
import type { State } from '../shared/state.ts';

// The corrections taught in teach mode live in State (its `learned` field, written through the one queue of
// store.ts). Before, they had their own storage key: LEGACY_LEARNED_KEY is read once, merged in, then removed.
// Pure: read leniently (invalid entries are dropped one by one) and merged.

export { MAX_LEARNED, mergeLearned };
export const LEGACY_LEARNED_KEY = 'learned';

/** The valid fingerprints of whatever is stored (an old or damaged value loses only its bad entries). */
export function parseLearned(stored: unknown): Fingerprint[] {
  const list = (stored as { fingerprints?: unknown } | undefined)?.fingerprints;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = Fingerprint.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The state with the corrections of the old separate key merged in (those in State, taught later, win). */
export function absorbLegacyLearned(state: State, legacy: unknown): State {
  const old = parseLearned(legacy);
  if (old.length === 0) return state;
  return { ...state, learned: mergeLearned(old, state.learned) };
}
