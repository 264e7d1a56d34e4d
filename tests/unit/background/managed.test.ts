import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { defaultState } from '../../../src/shared/state.ts';
import { managedStorageArea, memoryStorageArea } from '../support/memory-storage.ts';

// What a page's context is made from (background/managed.ts forPage) while Chromium's storage.managed is not ready:
// a page goes on without it only where this install never saw a managed value, unsettled (the guide then fills and
// ticks nothing and asks again to settle); asked to settle, or once a managed value was seen, it waits.

const local = new Map<string, unknown>();
/** storage.managed's answers: each read waits for `release` (a policy still loading) unless `ready`. */
let ready = true;
let managed: Record<string, unknown> = {};
let waiting: (() => void)[] = [];
/** storage.managed reads so far. */
let reads = 0;
const release = () => {
  ready = true;
  for (const go of waiting) go();
  waiting = [];
};
vi.mock('../../../src/shared/browser.ts', () => ({
  browser: {
    storage: {
      local: memoryStorageArea(local),
      managed: managedStorageArea(
        () => managed,
        async () => {
          reads += 1;
          if (!ready) await new Promise<void>((go) => waiting.push(go));
        },
      ),
    },
  },
}));

const FIRM = {
  ...DEFAULT_PROFILE,
  firmName: 'Payroll & Co',
  analysts: [{ name: 'Ann', niss: '70041243623' }],
};

/** A fresh background (the module's memory of earlier reads gone), over the same storage. */
async function background() {
  vi.resetModules();
  return import('../../../src/background/managed.ts');
}

beforeEach(() => {
  local.clear();
  managed = {};
  ready = true;
  waiting = [];
  reads = 0;
});

describe("a page's settings while storage.managed is not ready", () => {
  it('goes on without it, unsettled, on an install that never saw a managed value', async () => {
    const { forPage, MANAGED_WAIT_MS } = await background();
    ready = false;
    managed = { profile: FIRM };
    const state = defaultState();
    const started = Date.now();
    const settings = await forPage(state, false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(MANAGED_WAIT_MS - 5);
    expect(settings.settled).toBe(false);
    expect(settings.state.profile).toEqual(state.profile);
    // Asked to settle: it waits, and the firm's profile is in force.
    const settling = forPage(state, true);
    release();
    expect(await settling).toMatchObject({ settled: true, state: { profile: FIRM } });
  });

  it('waits once a managed value was seen on this install, after a restart of the background too', async () => {
    managed = { profile: FIRM };
    const first = await background();
    expect((await first.forPage(defaultState(), false)).settled).toBe(true);
    await vi.waitFor(() => expect(local.get(first.MANAGED_SEEN_KEY)).toBe(true));
    // Written once, not on every page of a managed install.
    local.delete(first.MANAGED_SEEN_KEY);
    expect((await first.forPage(defaultState(), false)).settled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(local.has(first.MANAGED_SEEN_KEY)).toBe(false);
    local.set(first.MANAGED_SEEN_KEY, true);
    const { forPage, MANAGED_WAIT_MS } = await background();
    ready = false;
    let answered = false;
    const settings = forPage(defaultState(), false).then((s) => {
      answered = true;
      return s;
    });
    await new Promise((resolve) => setTimeout(resolve, 3 * MANAGED_WAIT_MS));
    expect(answered).toBe(false);
    release();
    expect(await settings).toMatchObject({ settled: true, state: { profile: FIRM } });
  });

  it('is settled at once where storage.managed answers (no policy: the local profile)', async () => {
    const { forPage } = await background();
    const state = defaultState();
    expect(await forPage(state, false)).toEqual({ state, learned: [], settled: true });
    expect(local.has('managed-seen')).toBe(false);
    // The profile and the corrections in one read of storage.managed.
    expect(reads).toBe(1);
  });
});
