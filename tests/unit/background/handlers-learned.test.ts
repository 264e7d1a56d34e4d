import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fingerprint } from '../../../src/engine/fingerprint.ts';
import { MAX_LEARNED } from '../../../src/shared/fingerprint-schema.ts';
import { defaultState, STORAGE_KEY, type State } from '../../../src/shared/state.ts';

// The background's handlers for corrections (src/background/handlers.ts) over an in-memory storage.local and a
// storage.managed that a test fills like a policy: an import never evicts a stored correction, and the policy's
// corrections reach the in-page guide for the steps they cover, whatever shape the policy has.

const local = new Map<string, unknown>();
let managed: Record<string, unknown> | 'no-manifest' = {};
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys].flat().flatMap((k) => (local.has(k) ? [[k, structuredClone(local.get(k))]] : [])),
          ),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
        },
        remove: async (key: string) => void local.delete(key),
      },
      managed: {
        // Firefox rejects when there is no managed-storage manifest; Chrome answers {}.
        get: async (key: string) => {
          if (managed === 'no-manifest') throw new Error('Managed storage manifest not found');
          return key in managed ? { [key]: structuredClone(managed[key]) } : {};
        },
      },
    },
  },
}));
vi.spyOn(console, 'warn').mockImplementation(() => undefined);

const { contentHandlers, uiHandlers } = await import('../../../src/background/handlers.ts');

const fp = (name: string, stepId: Fingerprint['stepId'] = 'grant.add-user'): Fingerprint => ({
  stepId,
  role: 'button',
  name,
  words: ['add'],
});
const stored = () => (local.get(STORAGE_KEY) as State).learned;
const PORTAL = {
  url: 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm',
  tabId: 1,
  frameId: 0,
};

beforeEach(() => {
  local.clear();
  managed = {};
});

describe('importing corrections in the background', () => {
  it('merges a set that fits', async () => {
    local.set(STORAGE_KEY, { ...defaultState(), learned: [fp('Ajouter')] });
    const answer = await uiHandlers['learned/import'](
      { type: 'learned/import', set: { version: 1, fingerprints: [fp('Enregistrer', 'grant.save')] } },
      {},
    );
    expect(answer.fingerprints.map((f) => f.name)).toEqual(['Ajouter', 'Enregistrer']);
    expect(stored()).toEqual(answer.fingerprints);
  });

  it('refuses a set that would evict stored corrections, says why, and keeps every stored one', async () => {
    const full = Array.from({ length: MAX_LEARNED }, (_, i) => fp(`local ${i}`));
    local.set(STORAGE_KEY, { ...defaultState(), learned: full });
    await expect(
      uiHandlers['learned/import'](
        { type: 'learned/import', set: { version: 1, fingerprints: [fp('one more', 'grant.save')] } },
        {},
      ),
    ).rejects.toThrow(
      `too many corrections: ${MAX_LEARNED} stored + 1 new > ${MAX_LEARNED}; nothing was imported`,
    );
    expect(stored()).toEqual(full);
  });
});

describe('corrections deployed by the policy', () => {
  beforeEach(() => {
    local.set(STORAGE_KEY, {
      ...defaultState(),
      learned: [fp('Ajouter (local)'), fp('Suivant (local)', 'grant.niss')],
    });
  });

  it('win for their steps in what the in-page guide receives; the options page hears which', async () => {
    managed = { learned: { version: 1, fingerprints: [fp('Ajouter un utilisateur')] } };
    const context = await contentHandlers['page/observed'](
      { type: 'page/observed', steps: ['grant.add-user'], lang: 'fr', facts: [] },
      PORTAL,
    );
    expect(context.learned).toEqual([fp('Ajouter un utilisateur')]);
    const other = await contentHandlers['page/observed'](
      { type: 'page/observed', steps: ['grant.niss'], lang: 'fr', facts: [] },
      PORTAL,
    );
    expect(other.learned).toEqual([fp('Suivant (local)', 'grant.niss')]);
    expect(await uiHandlers['learned/managed']({ type: 'learned/managed' }, {})).toEqual({
      managed: 1,
      managedSteps: ['grant.add-user'],
      overridden: 1,
      problems: [],
    });
    // The local ones stay stored.
    expect(stored().map((f) => f.name)).toEqual(['Ajouter (local)', 'Suivant (local)']);
  });

  it.each([
    ['no managed-storage manifest (Firefox)', 'no-manifest' as const, 0],
    ['a string', { learned: 'everything' }, 1],
    [
      'a poisoned correction (role a step never allows)',
      { learned: { version: 1, fingerprints: [{ ...fp('x'), role: 'div' }] } },
      1,
    ],
    ['a prototype key', JSON.parse('{"learned":{"__proto__":{"version":1},"fingerprints":[]}}'), 1],
  ])(
    'of the wrong shape or absent (%s) are ignored with the reason; the local ones are used',
    async (_what, policy, problems) => {
      managed = policy;
      const context = await contentHandlers['page/observed'](
        { type: 'page/observed', steps: ['grant.add-user'], lang: 'fr', facts: [] },
        PORTAL,
      );
      expect(context.learned).toEqual([fp('Ajouter (local)')]);
      const report = await uiHandlers['learned/managed']({ type: 'learned/managed' }, {});
      expect(report.managed).toBe(0);
      expect(report.problems.length > 0 ? 1 : 0).toBe(problems);
    },
  );
});
