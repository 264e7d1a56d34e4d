import { Fingerprint } from '../shared/fingerprint-schema.ts';

// The elements taught in teach mode, kept under their own storage key rather than in State: the Fingerprint schema
// (engine/fingerprint-schema.ts) imports shared/state.ts, so a State field of that schema would be an import cycle.
// Pure: read leniently (invalid entries are dropped one by one) and merged; storage is in learned.ts.

/** Most recent first wins; old ones go beyond this (the schema's own limit). */
export const MAX_LEARNED = 500;

/** The valid fingerprints of whatever is stored (an old or damaged value loses only its bad entries). */
export function parseLearned(stored: unknown): Fingerprint[] {
  const list = (stored as { fingerprints?: unknown } | undefined)?.fingerprints;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = Fingerprint.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const sameElement = (a: Fingerprint, b: Fingerprint) =>
  a.stepId === b.stepId && a.role === b.role && a.name === b.name && a.label === b.label;

/** Adds fingerprints; one taught again replaces its older copy; the newest MAX_LEARNED are kept. */
export function mergeLearned(
  existing: readonly Fingerprint[],
  incoming: readonly Fingerprint[],
): Fingerprint[] {
  const kept = existing.filter((old) => !incoming.some((fresh) => sameElement(old, fresh)));
  return [...kept, ...incoming].slice(-MAX_LEARNED);
}
