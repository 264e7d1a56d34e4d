import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fingerprint } from '../../../src/engine/fingerprint.ts';
import { MAX_LEARNED } from '../../../src/shared/fingerprint-schema.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { dispatch, Refusal, request } from '../../../src/shared/rpc.ts';
import { defaultState, STORAGE_KEY, type State } from '../../../src/shared/state.ts';
import { errorText } from '../../../src/ui/problem.ts';
import { translate } from '../popup/mock-api.ts';
import { managedStorageArea, memoryStorageArea } from '../support/memory-storage.ts';

// The background's handlers for corrections (src/background/handlers.ts) over an in-memory storage.local and a
// storage.managed that a test fills like a policy: an import never evicts a stored correction, and the policy's
// corrections reach the in-page guide for the steps they cover, whatever shape the policy has.

const local = new Map<string, unknown>();
let managed: Record<string, unknown> | 'no-manifest' = {};
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: {
    storage: {
      local: memoryStorageArea(local),
      managed: managedStorageArea(() => managed),
    },
  },
}));
// The packaged catalogs, which the background fetches from the extension's own files.
vi.mock('../../../src/shared/catalog-load.ts', async () => {
  const { CATALOGS } = await import('../../../src/shared/i18n.ts');
  return { loadCatalog: async (locale: keyof typeof CATALOGS) => CATALOGS[locale] };
});
vi.spyOn(console, 'warn').mockImplementation(() => undefined);

const { contentHandlers, eitherHandlers, uiHandlers } = await import('../../../src/background/handlers.ts');
const { backgroundRoutes } = await import('../../../src/background/routes.ts');

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

describe('a refusal reaches the options page in its language', () => {
  it('carries its message key through the envelope; the page words it, the English is for the log', async () => {
    const full = Array.from({ length: MAX_LEARNED }, (_, i) => fp(`local ${i}`));
    local.set(STORAGE_KEY, { ...defaultState(), learned: full });
    const self = { id: 'ext', origin: 'chrome-extension://ext' };
    const routes = backgroundRoutes(self, {
      content: contentHandlers,
      ui: uiHandlers,
      either: eitherHandlers,
    });
    // The envelope crosses the browser's messaging as a structured clone: no class survives it.
    const transport = async (message: unknown) =>
      structuredClone(
        await dispatch(routes, message, { id: 'ext', url: `${self.origin}/options.html` }, () => undefined),
      );
    const refused = await request(transport, {
      type: 'learned/import',
      set: { version: 1, fingerprints: [fp('Suivant', 'grant.save')] },
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect(errorText(refused, translate('nl'))).toBe(
      `Bestand geweigerd: ${MAX_LEARNED} opgeslagen correcties en 1 nieuwe zouden de limiet van ${MAX_LEARNED} overschrijden. Een import wist nooit opgeslagen correcties: vergeet er eerst enkele of importeer een kleiner bestand.`,
    );
    expect((refused as Error).message).toMatch(/^too many corrections/);
    expect(stored()).toEqual(full);

    managed = { profile: DEFAULT_PROFILE };
    const locked = await request(transport, { type: 'profile/set', profile: DEFAULT_PROFILE }).catch(
      (e: unknown) => e,
    );
    expect(errorText(locked, translate('de'))).toMatch(/^Profil abgelehnt: Ihr Sozialsekretariat/);
    // Any other failure keeps its own text.
    expect(errorText(new Error('no answer from the background'), translate('nl'))).toBe(
      'no answer from the background',
    );
  });
});

describe('what the background stores is masked, whatever sent it', () => {
  it('masks an import that did not come through the options page, and leaves out what has no caption left', async () => {
    local.set(STORAGE_KEY, defaultState());
    await uiHandlers['learned/import'](
      {
        type: 'learned/import',
        set: {
          version: 1,
          fingerprints: [
            { ...fp('Ajouter Marie Peeters 85073003328'), context: 'Marie Peeters utilisateurs' },
            fp('Marie Peeters', 'grant.save'),
          ],
        },
      },
      {},
    );
    expect(stored()).toEqual([{ ...fp('Ajouter ###########'), context: 'utilisateurs' }]);
  });

  it('masks a correction taught in a frame (nothing personal stored, a named one never made nameless)', async () => {
    local.set(STORAGE_KEY, defaultState());
    await contentHandlers['learned/add'](
      {
        type: 'learned/add',
        fingerprint: { ...fp('Ajouter Marie Peeters'), words: ['add', 'u85073003328'] },
      },
      PORTAL,
    );
    await contentHandlers['learned/add'](
      { type: 'learned/add', fingerprint: fp('Marie Peeters', 'grant.save') },
      PORTAL,
    );
    expect(stored()).toEqual([{ ...fp('Ajouter'), learnedAt: expect.any(Number) }]);
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
