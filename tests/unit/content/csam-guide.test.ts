// @vitest-environment jsdom

import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../../replica/render/index.ts';
import { engine } from '../../../src/content/boot.ts';
import { enterpriseNotes } from '../../../src/content/features/enterprise-check.ts';
import { type Guide, startGuide } from '../../../src/content/guide.ts';
import type { AnalystState, BackgroundPort, GuideContext } from '../../../src/content/port.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { STATIC_VARIANTS } from '../engine/support/replica-pages.ts';

// CSAM's registration form asks the legal representative's OWN national number. With an analyst pending (whose
// NISS the guide fills on the portal's « new user » page), the real engine and guide must point at the enterprise
// number there and never write into the national-number field: on csam.be (where nothing may be filled at all),
// and even on the portal's own host, should the same form ever be served there (recognition must say so).

const [ANALYST] = DEFAULT_PROFILE.analysts as [AnalystState];
const HOSTS = [
  'https://csam.be/app032/camregistrationpublic/',
  'https://www.socialsecurity.be/app033/csam.do',
];

function background(steps: string[]): BackgroundPort {
  const context = (stepId: string): GuideContext => ({
    stepId,
    registered: false,
    registration: null,
    settled: true,
    company: null,
    analyst: { ...ANALYST, status: 'pending' },
    team: [{ ...ANALYST, status: 'pending' }],
    profile: DEFAULT_PROFILE,
    done: 0,
    total: 1,
    strings: {},
    learned: [],
    halt: null,
  });
  return {
    pageSeen: async () => {},
    observe: async (observation) => {
      steps.push(...observation.steps);
      return context(observation.steps[0] ?? '');
    },
  };
}

/** The jsdom test environment's own handle (vitest), to put the page at a real URL. */
const dom = (globalThis as unknown as { jsdom: { reconfigure(options: { url: string }): void } }).jsdom;

describe('the guide on CSAM’s registration form', () => {
  let guide: Guide | null = null;
  afterEach(() => {
    guide?.stop();
    guide = null;
  });

  const cases = HOSTS.flatMap((url) =>
    STATIC_VARIANTS.map((v) => [url, `${v.lang}-${v.wording}-${v.markup}`, v] as const),
  );
  it.each(cases)(
    '%s %s: points at the enterprise number, never fills the own national number',
    async (url, _k, v) => {
      dom.reconfigure({ url });
      const html = renderScreen('csam-register', v, { truth: true });
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.body.innerHTML = parsed.body.innerHTML;
      const own = document.querySelector<HTMLInputElement>('[data-replica-truth="csam.own-niss"]');
      const enterprise = document.querySelector('[data-replica-truth="register.enterprise-number"]');
      if (!own || !enterprise) throw new Error('the replica form lost its fields');
      const steps: string[] = [];
      guide = startGuide(window, engine(document), background(steps));
      await vi.waitFor(() => expect(enterprise.hasAttribute('data-onss-guide-target')).toBe(true), {
        timeout: 5000,
      });
      expect(steps).toContain('register.enterprise-number');
      expect(steps).not.toContain('grant.niss');
      expect(own.value).toBe('');
      expect(own.hasAttribute('data-onss-guide-target')).toBe(false);
    },
  );

  // The control: the same harness sees a fill where one is due, so the test above can fail.
  it('fills the analyst’s NISS on the portal’s « new user » page (the harness sees fills)', async () => {
    dom.reconfigure({ url: 'https://www.socialsecurity.be/app011/umoe/newuser.do' });
    const html = renderScreen('am-niss', STATIC_VARIANTS[0] as (typeof STATIC_VARIANTS)[number], {
      truth: true,
    });
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    const field = document.querySelector<HTMLInputElement>('[data-replica-truth="grant.niss"]');
    if (!field) throw new Error('the replica form lost its field');
    guide = startGuide(window, engine(document), background([]));
    await vi.waitFor(() => expect(field.value.replace(/\D/g, '')).toBe(ANALYST.niss), { timeout: 5000 });
  });
});

describe('enterpriseNotes', () => {
  const strings = new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? `${key}[$1|$2]` : undefined),
  });
  it.each([
    ['', []],
    ['0403.170.701', ['ok', 'hint_enterpriseOk[0403.170.701|]']],
    ['BE 403170701', ['ok', 'hint_enterpriseOk[0403.170.701|]']],
    ['0403.170.702', ['error', 'hint_enterpriseCheckDigits[10|0]']],
    ['0403 170 7', ['error', 'hint_enterpriseLength[8|0]']],
    ['5403.170.701', ['error', 'hint_enterpriseFirstDigit[10|5]']],
    ['0403-17O-701', ['error', 'hint_enterpriseCharacters[9|0]']],
  ])('%j', (value, expected) => {
    const notes = enterpriseNotes(strings, value);
    expect(notes.flatMap((n) => [n.tone, n.text])).toEqual(expected);
  });
});
