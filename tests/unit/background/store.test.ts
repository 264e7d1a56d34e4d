import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fingerprint } from '../../../src/engine/fingerprint.ts';
import { defaultState, STORAGE_KEY } from '../../../src/shared/state.ts';
import { memoryStorageArea } from '../support/memory-storage.ts';

// The background's storage (src/background/store.ts) over an in-memory storage.local: one State, one queue, the
// old separate corrections key migrated into it, a damaged state kept aside raw before it is repaired.

const area = new Map<string, unknown>();
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: { storage: { local: memoryStorageArea(area) } },
}));

const { readState, updateState, BACKUP_KEY } = await import('../../../src/background/store.ts');

const fp = (name: string): Fingerprint => ({ stepId: 'grant.add-user', role: 'button', name, words: [] });

beforeEach(() => area.clear());

describe('stored state', () => {
  it('moves the corrections of the old key into State without losing any, then drops the old key', async () => {
    area.set(STORAGE_KEY, { ...defaultState(), learned: [fp('nouveau')] });
    area.set('learned', { version: 1, fingerprints: [fp('ancien'), fp('nouveau'), { bad: 1 }] });
    const state = await readState();
    expect(state.learned.map((f) => f.name)).toEqual(['ancien', 'nouveau']);
    expect(area.has('learned')).toBe(false);
    expect((area.get(STORAGE_KEY) as { learned: Fingerprint[] }).learned).toHaveLength(2);
  });

  it('writes corrections and the rest through one queue: concurrent updates are all kept', async () => {
    await Promise.all([
      updateState((s) => ({ ...s, learned: [...s.learned, fp('a')] })),
      updateState((s) => ({ ...s, notifiedAt: 7 })),
      updateState((s) => ({ ...s, learned: [...s.learned, fp('b')] })),
    ]);
    const state = await readState();
    expect(state.learned.map((f) => f.name)).toEqual(['a', 'b']);
    expect(state.notifiedAt).toBe(7);
  });
});

describe('a damaged stored state', () => {
  it.each([
    ['fails its schema', { ...defaultState(), companies: 'nope', learned: [fp('gardé')] }],
    ['is newer than this version', { ...defaultState(), version: 99, future: { x: 1 } }],
    ['is not an object', 'garbage'],
  ])('is kept aside raw before it is repaired when it %s', async (_what, raw) => {
    area.set(STORAGE_KEY, structuredClone(raw));
    const state = await readState();
    expect(state.recoveryNotes.length).toBeGreaterThan(0);
    expect(area.get(BACKUP_KEY)).toEqual([{ at: expect.any(Number), raw }]);
    // The valid parts are kept in the repaired state.
    if (typeof raw === 'object' && 'learned' in raw) expect(state.learned).toEqual(raw.learned);
  });

  it('keeps an earlier backup when another repair follows', async () => {
    area.set(STORAGE_KEY, 'first');
    await readState();
    area.set(STORAGE_KEY, 'second');
    await readState();
    expect((area.get(BACKUP_KEY) as { raw: unknown }[]).map((b) => b.raw)).toEqual(['first', 'second']);
  });
});
