import type { Fingerprint, LearnedSet } from '../engine/fingerprint.ts';
import { browser } from '../shared/browser.ts';
import { parseLearned } from './learned-set.ts';

// Storage of the learned set under its own key, written through one queue like the State (see learned-set.ts).

export const LEARNED_KEY = 'learned';

let queue: Promise<unknown> = Promise.resolve();

export async function readLearned(): Promise<Fingerprint[]> {
  const stored = await browser.storage.local.get(LEARNED_KEY);
  return parseLearned(stored[LEARNED_KEY]);
}

export function updateLearned(change: (list: Fingerprint[]) => Fingerprint[]): Promise<LearnedSet> {
  const next = queue.then(async () => {
    const set: LearnedSet = { version: 1, fingerprints: change(await readLearned()) };
    await browser.storage.local.set({ [LEARNED_KEY]: set });
    return set;
  });
  queue = next.catch(() => undefined);
  return next;
}
