import { describe, expect, it } from 'vitest';
import { MAX_LEARNED, mergeLearned, parseLearned } from '../../../src/background/learned-set.ts';
import type { Fingerprint } from '../../../src/engine/fingerprint.ts';

// The learned set the background keeps for teach mode (src/background/learned.ts): lenient read, merge on teach.

const fp = (name: string, stepId: Fingerprint['stepId'] = 'grant.add-user'): Fingerprint => ({
  stepId,
  role: 'button',
  name,
  words: ['add', 'user'],
});

describe('learned fingerprints', () => {
  it('keeps the valid entries of a stored value and drops the rest', () => {
    const stored = { version: 1, fingerprints: [fp('ajouter'), { stepId: 'nope', role: 'button' }, 42] };
    expect(parseLearned(stored)).toEqual([fp('ajouter')]);
    expect(parseLearned(undefined)).toEqual([]);
    expect(parseLearned('garbage')).toEqual([]);
  });

  it('replaces an element taught again, keeps others, and keeps only the newest', () => {
    const merged = mergeLearned(
      [fp('ajouter'), fp('suivant', 'grant.niss')],
      [{ ...fp('ajouter'), learnedAt: 5 }],
    );
    expect(merged).toEqual([fp('suivant', 'grant.niss'), { ...fp('ajouter'), learnedAt: 5 }]);
    const many = Array.from({ length: MAX_LEARNED + 3 }, (_, i) => fp(`n${i}`));
    const capped = mergeLearned([], many);
    expect(capped).toHaveLength(MAX_LEARNED);
    expect(capped.at(-1)?.name).toBe(`n${MAX_LEARNED + 2}`);
  });
});
