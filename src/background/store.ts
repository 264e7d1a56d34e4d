import { browser } from '../shared/browser.ts';
import { STORAGE_KEY, type State } from '../shared/state.ts';
import { loadState } from '../shared/state-load.ts';
import { absorbLegacyLearned, LEGACY_LEARNED_KEY } from './learned-set.ts';

// No state lives in memory: every change reads storage, applies a pure update and writes it back. Updates are
// chained so that two messages arriving together cannot overwrite each other.

let queue: Promise<unknown> = Promise.resolve();

/** Where a stored state that failed its schema is kept, raw, before it is repaired (the newest few). */
export const BACKUP_KEY = 'state-backup';
const MAX_BACKUPS = 3;

async function keepAside(raw: unknown, at: number): Promise<void> {
  const stored = (await browser.storage.local.get(BACKUP_KEY))[BACKUP_KEY];
  const kept = Array.isArray(stored) ? stored : [];
  await browser.storage.local.set({ [BACKUP_KEY]: [...kept, { at, raw }].slice(-MAX_BACKUPS) });
}

export async function readState(): Promise<State> {
  const stored = await browser.storage.local.get([STORAGE_KEY, LEGACY_LEARNED_KEY]);
  const now = Date.now();
  const { state, problems } = loadState(stored[STORAGE_KEY], now);
  const legacy = stored[LEGACY_LEARNED_KEY];
  if (problems.length === 0 && legacy === undefined) return state;
  if (problems.length > 0) {
    console.warn('ONSS guide: stored state repaired:', problems);
    // Nothing lost: the value as it was is written aside before the repaired one replaces it.
    await keepAside(stored[STORAGE_KEY], now);
  }
  // The old key goes only once its corrections are written into State.
  const merged = absorbLegacyLearned(state, legacy);
  await browser.storage.local.set({ [STORAGE_KEY]: merged });
  if (legacy !== undefined) await browser.storage.local.remove(LEGACY_LEARNED_KEY);
  return merged;
}

export function updateState(change: (state: State) => State): Promise<State> {
  const next = queue.then(async () => {
    const state = change(await readState());
    await browser.storage.local.set({ [STORAGE_KEY]: state });
    return state;
  });
  queue = next.catch(() => undefined);
  return next;
}
