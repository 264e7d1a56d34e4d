import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import type { Company } from '../../replica/render/types.ts';
import { DEFAULT_PROFILE, RIGHT_IDS } from '../../src/shared/profile.ts';
import { BROWSERS, LOOKALIKE_HOST, useExtensionBrowsers } from '../harness/suite.ts';
import type { BrowserName, ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import {
  analystStatus,
  clickAs,
  clickMarked,
  expectMarked,
  MARKER,
  openEmployerAccess,
  PORTAL,
  REFUSED,
  readInputs,
  truthSelector,
  type Variant,
  variantQuery,
  walkToRefusal,
} from './guide-walk.ts';

// The whole procedure in real Chromium and Firefox, on the replica served at the real host names, the test's own
// clicks standing in for the client's: at every step the guide marks the right element, fills the NISS and ticks
// the rights right, never submits anything itself, and the progress it reports ends on the final e-mail.

const COMPANIES: Company[] = [
  { name: 'Boulangerie Dupont SRL', enterpriseNumber: '0403170701', quality: 'principal' },
  { name: 'Dupont Immo SA', enterpriseNumber: '0812345603', quality: 'principal' },
];

/** Every request that reaches the replica, with its arrival time (wall clock, as the pages' own). */
const requests: { line: string; at: number }[] = [];
const replica = createReplica({ companies: COMPANIES });
const e2e = useExtensionBrowsers((req, res) => {
  requests.push({ line: `${req.method} ${req.headers.host}${req.url}`, at: Date.now() });
  replica(req, res);
});
const requestsSince = (at: number) => requests.filter((r) => r.at >= at).map((r) => r.line);

/** Before the test's click: notes when a single-page swap puts in a new body (a full navigation drops the note). */
async function watchSwap(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { onssSwapAt?: number };
    new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'BODY')))
        w.onssSwapAt = Date.now();
    }).observe(document.documentElement, { childList: true });
  });
}

/**
 * When the page had everything the test's last click asked for (its load event and its frames', or the single-page
 * swap): the guide runs only after that, so every request from then until the test's next click would be the
 * guide's. GET forms (the header search), beacons and fetches count as much as a POST.
 */
function settledAt(page: TestPage): Promise<number> {
  return poll(`${page.url()} loaded`, () =>
    page.evaluate(() => {
      const loadEnd = (w: Window) => {
        const nav = w.performance.getEntriesByType('navigation')[0] as
          | PerformanceNavigationTiming
          | undefined;
        return nav && nav.loadEventEnd > 0 ? w.performance.timeOrigin + nav.loadEventEnd : null;
      };
      const ends = [loadEnd(window)];
      for (const frame of document.querySelectorAll('iframe'))
        if (frame.contentWindow) ends.push(loadEnd(frame.contentWindow));
      if (ends.some((end) => end === null)) return null;
      return Math.max(...(ends as number[]), (window as unknown as { onssSwapAt?: number }).onssSwapAt ?? 0);
    }),
  );
}

/**
 * Each variant at least once per browser; the French and the Dutch runs go through 2 companies × 2 analysts. The
 * markups laid out otherwise (cards, menu, the forms in a modal dialog) are walked in German too, in both browsers.
 */
const MATRIX: Record<BrowserName, { variant: Variant; companies: number }[]> = {
  chromium: [
    { variant: { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' }, companies: 2 },
    { variant: { lang: 'nl', wording: 'old', markup: 'poor', timing: 'spa' }, companies: 2 },
    { variant: { lang: 'fr', wording: 'old', markup: 'poor', timing: 'late' }, companies: 1 },
    { variant: { lang: 'nl', wording: 'new', markup: 'clean', timing: 'iframe' }, companies: 1 },
    { variant: { lang: 'fr', wording: 'new', markup: 'cards', timing: 'normal' }, companies: 1 },
    { variant: { lang: 'nl', wording: 'old', markup: 'menu', timing: 'late' }, companies: 1 },
    { variant: { lang: 'fr', wording: 'new', markup: 'dialog', timing: 'spa' }, companies: 1 },
    { variant: { lang: 'de', wording: 'new', markup: 'cards', timing: 'late' }, companies: 1 },
    { variant: { lang: 'de', wording: 'old', markup: 'menu', timing: 'normal' }, companies: 1 },
    { variant: { lang: 'de', wording: 'old', markup: 'dialog', timing: 'normal' }, companies: 1 },
  ],
  firefox: [
    { variant: { lang: 'nl', wording: 'new', markup: 'clean', timing: 'normal' }, companies: 2 },
    { variant: { lang: 'fr', wording: 'old', markup: 'poor', timing: 'spa' }, companies: 2 },
    { variant: { lang: 'nl', wording: 'old', markup: 'clean', timing: 'late' }, companies: 1 },
    { variant: { lang: 'fr', wording: 'new', markup: 'poor', timing: 'iframe' }, companies: 1 },
    { variant: { lang: 'nl', wording: 'old', markup: 'cards', timing: 'spa' }, companies: 1 },
    { variant: { lang: 'fr', wording: 'new', markup: 'menu', timing: 'normal' }, companies: 1 },
    { variant: { lang: 'nl', wording: 'old', markup: 'dialog', timing: 'late' }, companies: 1 },
    { variant: { lang: 'de', wording: 'old', markup: 'cards', timing: 'normal' }, companies: 1 },
    { variant: { lang: 'de', wording: 'new', markup: 'menu', timing: 'spa' }, companies: 1 },
    { variant: { lang: 'de', wording: 'new', markup: 'dialog', timing: 'late' }, companies: 1 },
  ],
};

const nextFrames = (page: TestPage) =>
  page.evaluate(
    () => new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
  );

/** Logs in with a username and a password typed by the client; the guide never touches the password field. */
async function logIn(page: TestPage): Promise<void> {
  await expectMarked(page, 'connect.method');
  await page.type(truthSelector('connect.method:password'), 'marie.dupont');
  await page.type('input[type=password]', 'pass-Word-1');
  await page.evaluate(() => {
    const field = document.querySelector('input[type=password]') as HTMLInputElement;
    const seen: string[] = [];
    (window as unknown as { seenOnPassword: string[] }).seenOnPassword = seen;
    for (const type of ['focus', 'input', 'change', 'blur', 'keydown'])
      field.addEventListener(type, () => seen.push(type));
    // A page change makes the guide run a pass over the page, password field included.
    document.body.append(document.createElement('div'));
  });
  await nextFrames(page);
  await nextFrames(page);
  expect(
    await page.evaluate(() => ({
      seen: (window as unknown as { seenOnPassword: string[] }).seenOnPassword,
      value: (document.querySelector('input[type=password]') as HTMLInputElement).value,
      focused: document.activeElement?.getAttribute('type') ?? null,
    })),
  ).toEqual({ seen: [], value: 'pass-Word-1', focused: 'password' });
  await clickAs(page, truthSelector('connect.method:submit'));
}

async function grantCompany(browser: ExtensionBrowser, page: TestPage, company: Company): Promise<void> {
  const picked = await expectMarked(page, 'connect.pick-company', /^connect\.pick-company/);
  const row = `connect.pick-company:${company.enterpriseNumber}`;
  // On a fresh install the guide marks the list (any company will do); once it knows the company, its own row.
  if (picked.truth === row) await clickMarked(page);
  else await clickAs(page, truthSelector(row));
  await openEmployerAccess(page);
  for (const analyst of DEFAULT_PROFILE.analysts) {
    await expectMarked(page, 'grant.add-user');
    await watchSwap(page);
    await clickMarked(page);

    await expectMarked(page, 'grant.niss');
    const fillFrom = await settledAt(page);
    const [field] = await poll(`the NISS of ${analyst.name} filled`, async () => {
      const inputs = await readInputs(page, 'grant.niss');
      return inputs[0]?.value.replace(/\D/g, '') === analyst.niss ? inputs : null;
    });
    expect(field?.type).not.toBe('password');
    // The background stores the fill a moment after the field shows it: wait for it.
    await poll(`${analyst.name} in progress in ${company.name}`, async () =>
      (await analystStatus(browser, company.enterpriseNumber, analyst.niss)) === 'in-progress' ? true : null,
    );
    await nextFrames(page);
    expect(requestsSince(fillFrom), 'the page sent nothing from the fill to the click').toEqual([]);
    await watchSwap(page);
    await clickAs(page, truthSelector('grant.niss:submit'));

    // Exactly the profile's four rights, nothing else (« Déclaration DmfA » and the other decoys stay unticked).
    const ticked = await poll('the rights ticked', async () => {
      const boxes = (await readInputs(page, '*')).filter((i) => i.type === 'checkbox');
      const on = boxes.filter((b) => b.checked).map((b) => b.truth);
      return on.length >= RIGHT_IDS.length ? on : null;
    });
    expect(ticked.sort()).toEqual(RIGHT_IDS.map((r) => `grant.rights:${r}`).sort());
    const tickFrom = await settledAt(page);
    await expectMarked(page, 'grant.save');
    await nextFrames(page);
    expect(requestsSince(tickFrom), 'the page sent nothing from the ticks to the click').toEqual([]);
    await clickMarked(page);

    await expectMarked(page, 'grant.confirm');
    await clickMarked(page);
    await poll(`${analyst.name} granted in ${company.name}`, async () =>
      (await analystStatus(browser, company.enterpriseNumber, analyst.niss)) === 'granted' ? true : null,
    );
  }
  await expectMarked(page, 'grant.done');
}

describe.each(BROWSERS)('%s: the in-page guide', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  async function start(
    variant: Variant,
    path = `/site_${variant.lang}/employer/infos/index.htm`,
  ): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(`${PORTAL}${path}?${variantQuery(variant)}`);
    return page;
  }

  it.each(MATRIX[name])(
    'guides the whole procedure, $variant.lang $variant.wording $variant.markup $variant.timing, $companies company(ies) × 2 analysts',
    async ({ variant, companies }) => {
      const page = await start(variant);
      await expectMarked(page, 'connect.start');
      await clickMarked(page);
      await logIn(page);
      const wanted = COMPANIES.slice(0, companies);
      for (const [index, company] of wanted.entries()) {
        if (index > 0) {
          // The client adds the next company in the popup, then changes company on the portal.
          await browser.sendMessageFromExtensionPage({
            type: 'company/add',
            enterpriseNumber: company.enterpriseNumber,
            name: company.name,
          });
          await page.goto(`${PORTAL}/app021/portal/enterprise.do`);
        }
        await grantCompany(browser, page, company);
      }
      if (companies < COMPANIES.length) return;
      const popup = await browser.openExtensionPage('popup.html');
      const mail = await popup.waitForFunction(
        () => document.querySelector<HTMLTextAreaElement>('[data-testid="mail-body"]')?.value,
        undefined,
        { timeout: 15_000 },
      );
      for (const company of COMPANIES) expect(mail).toContain(company.name);
    },
  );

  it('keeps the overlay out of reach of the page: top layer, closed shadow root, clicks pass through', async () => {
    const page = await start({ lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' });
    await expectMarked(page, 'connect.start');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'onss-access-guide,[popover]{display:none!important;pointer-events:auto!important}';
      document.head.append(style);
    });
    await nextFrames(page);
    expect(
      await page.evaluate(() => {
        // The host's name is random: it is the root's child that is neither head nor body.
        const host = [...document.documentElement.children].find(
          (e) => e !== document.head && e !== document.body && e.localName !== 'style',
        ) as HTMLElement;
        const style = getComputedStyle(host);
        return {
          shadow: host.shadowRoot,
          display: style.display,
          pointerEvents: style.pointerEvents,
          open: host.matches(':popover-open'),
        };
      }),
    ).toEqual({ shadow: null, display: 'block', pointerEvents: 'none', open: true });
    // A real click on the marked element reaches the page through the overlay.
    await clickMarked(page);
    await expectMarked(page, 'connect.method');
  });

  it('explains the legal-representative refusal and leads to the KBO functions of that number', async () => {
    const page = await start({ lang: 'nl', wording: 'new', markup: 'clean', timing: 'normal' });
    await expectMarked(page, 'connect.start');
    await clickAs(page, truthSelector('register.start'));
    await logIn(page);
    await walkToRefusal(page, browser);
    await page.goto(
      `https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${REFUSED}&actionLu=Zoek&truth=1`,
    );
    await expectMarked(page, 'register.not-legal-representative');
  });

  // CSAM's registration of the main access manager (csam.be/app032/…), rendered after load by a script: the guide
  // points at the enterprise number; the national number asked is the person's own and stays as they left it.
  it.each([
    { lang: 'nl', wording: 'new', markup: 'clean' },
    { lang: 'de', wording: 'old', markup: 'poor' },
    { lang: 'fr', wording: 'new', markup: 'poor' },
  ])(
    'points at the enterprise number on CSAM’s form, $lang $wording $markup, never fills the own national number',
    async (v) => {
      const page = await browser.newPage();
      await page.goto(
        `https://csam.be/app032/camregistrationpublic/?processType=Public&lang=${v.lang}&wording=${v.wording}&markup=${v.markup}&timing=late&truth=1`,
      );
      await expectMarked(page, 'register.enterprise-number');
      await page.type(`[${MARKER}]`, '0403.170.702');
      await nextFrames(page);
      await expectMarked(page, 'register.enterprise-number');
      expect(
        await page.evaluate(
          () => document.querySelector<HTMLInputElement>('[data-replica-truth="csam.own-niss"]')?.value,
        ),
      ).toBe('');
    },
  );

  it('does nothing on a look-alike host', async () => {
    const fake = await browser.newPage();
    await fake.goto(`https://${LOOKALIKE_HOST}/site_fr/employer/infos/index.htm?truth=1`);
    const real = await start({ lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' });
    await expectMarked(real, 'connect.start');
    expect(
      await fake.evaluate(
        (attr) => [
          document.querySelectorAll(`[${attr}]`).length,
          [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body)
            .length,
        ],
        MARKER,
      ),
    ).toEqual([0, 0]);
  });
});
