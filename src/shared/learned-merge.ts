import { type Fingerprint, MAX_LEARNED } from './fingerprint-schema.ts';

// How a set of corrections joins the stored one. Pure: the options page previews an import with the same function
// the background then applies, so what the person confirmed is what is stored.

/** The same element of the same step: a fingerprint taught (or imported) again replaces its older copy. */
export const sameElement = (a: Fingerprint, b: Fingerprint): boolean =>
  a.stepId === b.stepId && a.role === b.role && a.name === b.name && a.label === b.label;

/** Teach mode: adds fingerprints; one taught again replaces its older copy; the newest MAX_LEARNED are kept. */
export function mergeLearned(
  existing: readonly Fingerprint[],
  incoming: readonly Fingerprint[],
): Fingerprint[] {
  const kept = existing.filter((old) => !incoming.some((fresh) => sameElement(old, fresh)));
  return [...kept, ...incoming].slice(-MAX_LEARNED);
}

/** One correction as the preview names it: its step, the role and the caption of its element. */
export interface CorrectionRef {
  stepId: string;
  role: string;
  name: string;
}

export type LearnedImportPlan =
  | {
      ok: true;
      /** The stored set once the import is applied (every local correction still in it). */
      merged: Fingerprint[];
      added: CorrectionRef[];
      /** Same element of the same step, other signals (words, place, context…). */
      changed: CorrectionRef[];
      unchanged: number;
    }
  | { ok: false; reason: 'too-many'; stored: number; adding: number; max: number };

const refOf = ({ stepId, role, name }: Fingerprint): CorrectionRef => ({ stepId, role, name });

/** Compared without the date it was learned: the same correction imported twice changes nothing. */
const sameSignals = (a: Fingerprint, b: Fingerprint): boolean => {
  const { learnedAt: _a, ...left } = a;
  const { learnedAt: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
};

/**
 * An import never evicts a stored correction: when the stored ones and the new ones together exceed MAX_LEARNED,
 * the import is refused as a whole (with the figures for the reason), nothing is merged.
 */
export function planLearnedImport(
  existing: readonly Fingerprint[],
  incoming: readonly Fingerprint[],
): LearnedImportPlan {
  // Within the file too, the last copy of an element wins.
  const fresh = incoming.filter((fp, i) => !incoming.slice(i + 1).some((later) => sameElement(fp, later)));
  const added: CorrectionRef[] = [];
  const changed: CorrectionRef[] = [];
  let unchanged = 0;
  for (const fp of fresh) {
    const old = existing.find((stored) => sameElement(stored, fp));
    if (!old) added.push(refOf(fp));
    else if (sameSignals(old, fp)) unchanged += 1;
    else changed.push(refOf(fp));
  }
  if (existing.length + added.length > MAX_LEARNED)
    return { ok: false, reason: 'too-many', stored: existing.length, adding: added.length, max: MAX_LEARNED };
  const kept = existing.filter((old) => !fresh.some((fp) => sameElement(old, fp)));
  return { ok: true, merged: [...kept, ...fresh], added, changed, unchanged };
}
