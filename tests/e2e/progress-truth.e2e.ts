import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { screenPath } from '../../replica/render/screens.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import {
  clickAs,
  clickMarked,
  expectMarked,
  grantAnalysts,
  MARKER,
  openEmployerAccess,
  PORTAL,
  REFUSED,
  registration,
  storedState,
  truthSelector,
  type Variant,
  variantQuery,
  walkToRefusal,
} from './guide-walk.ts';

// Progress is true (issue 17), in real Chromium and Firefox: a first-time client (no company registered yet) is
// refused for one enterprise number (not its legal representative), then registers another company, then grants the
// analysts there. The refused company stays « not legal representative », is never « done » and never the current
// one; the registered one is recorded « done » and current, from what the registration pages show.
//
// Decision on the end of the job: a refused company does NOT hold it up. Only its legal representative can register
// it, the client cannot act on it, and the firm is told about the companies that did grant access; so once every
// company the client can act on has all its analysts, the popup shows the finished state, the refused company still
// listed as refused (progress.ts allGranted). A refused company alone is not an end: nothing was granted.

const REGISTERED = { name: 'Dupont Services SRL', enterpriseNumber: '0444444496' }; // in the replica's KBO
const VARIANT: Variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' };

// The person logs in for no company yet: the one they register is the first.
const replica = createReplica({ companies: [] });
const e2e = useExtensionBrowsers(replica);

interface CompanyCard {
  number: string;
  registration: string;
  current: boolean;
}

/** The popup's company cards: the number shown, the registration status's class, whether it is the current one. */
async function popupCompanies(
  browser: ExtensionBrowser,
): Promise<{ cards: CompanyCard[]; finished: boolean }> {
  const popup = await browser.openExtensionPage('popup.html');
  // A boolean, not the element: an element does not come back over Firefox's WebDriver BiDi.
  await popup.waitForFunction(() => document.querySelector('li.company') !== null, undefined, {
    timeout: 20_000,
  });
  const read = await popup.evaluate(() => ({
    cards: [...document.querySelectorAll('li.company')].map((li) => ({
      number: (li.querySelector('.number')?.textContent ?? '').replace(/\D/g, ''),
      registration:
        [...(li.querySelector('.status[class*="reg-"]')?.classList ?? [])]
          .find((c) => c.startsWith('reg-'))
          ?.slice(4) ?? '',
      current: li.classList.contains('current'),
    })),
    finished: document.querySelector('[data-testid=finished]') !== null,
  }));
  expect(popup.consoleErrors()).toEqual([]);
  await popup.close();
  return read;
}

async function typeInto(page: TestPage, truth: string, text: string): Promise<void> {
  await page.type(truthSelector(truth), text);
}

describe.each(BROWSERS)('%s: progress is true after a refusal', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  it('keeps the refused company refused, records the registered one done, and ends the job without the refused one', async () => {
    const page = await browser.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(`${PORTAL}/site_fr/employer/infos/index.htm?${variantQuery(VARIANT)}`);
    await expectMarked(page, 'connect.start');
    await clickAs(page, truthSelector('register.start'));
    await expectMarked(page, 'connect.method');
    await typeInto(page, 'connect.method:password', 'marie.dupont');
    await page.type('input[type=password]', 'pass-Word-1');
    await clickAs(page, truthSelector('connect.method:submit'));

    // 1. Refused: not the legal representative of that number.
    await walkToRefusal(page, browser);
    expect((await storedState(browser)).currentCompany ?? null).not.toBe(REFUSED);

    // 2. Another number, registered: the portal's « try another number » link, the contact form, its confirmation.
    await clickAs(page, `a[href*="${screenPath('register-number', VARIANT.lang)}"]`);
    await expectMarked(page, 'register.enterprise-number');
    await page.type(`[${MARKER}]`, REGISTERED.enterpriseNumber);
    await clickAs(page, truthSelector('register.enterprise-number:submit'));
    await expectMarked(page, 'register.contact');
    await typeInto(page, 'register.contact', 'marie.dupont@example.be');
    await typeInto(page, 'register.contact:phone', '+32 2 555 01 23');
    await clickAs(page, truthSelector('register.contact:submit'));
    await expectMarked(page, 'register.contact');
    await clickMarked(page);
    await expectMarked(page, 'register.done');
    await poll('the registration recorded for the company the page shows', async () =>
      (await registration(browser, REGISTERED.enterpriseNumber)) === 'done' ? true : null,
    );
    const afterRegistration = await storedState(browser);
    expect(afterRegistration.currentCompany).toBe(REGISTERED.enterpriseNumber);
    expect(await registration(browser, REFUSED)).toBe('not-legal-representative');

    const registered = await popupCompanies(browser);
    expect(registered.finished).toBe(false);
    expect(registered.cards.map((c) => c.number).sort()).toEqual(
      [REFUSED, REGISTERED.enterpriseNumber].sort(),
    );
    expect(registered.cards.find((c) => c.number === REFUSED)).toEqual({
      number: REFUSED,
      registration: 'not-legal-representative',
      current: false,
    });
    expect(registered.cards.find((c) => c.number === REGISTERED.enterpriseNumber)).toEqual({
      number: REGISTERED.enterpriseNumber,
      registration: 'done',
      current: true,
    });

    // 3. On to the access management of the registered company, as the guide leads, and both analysts granted.
    await clickMarked(page);
    await expectMarked(page, 'connect.start');
    await clickMarked(page);
    await openEmployerAccess(page);
    await grantAnalysts(browser, page, REGISTERED.enterpriseNumber);
    await expectMarked(page, 'grant.done');

    // The end of the job: finished, the refused company still refused and not current, never « done ».
    const finished = await popupCompanies(browser);
    expect(finished.finished).toBe(true);
    expect(finished.cards.find((c) => c.number === REFUSED)).toEqual({
      number: REFUSED,
      registration: 'not-legal-representative',
      current: false,
    });
    expect(finished.cards.find((c) => c.number === REGISTERED.enterpriseNumber)?.registration).toBe('done');
    expect((await storedState(browser)).currentCompany).toBe(REGISTERED.enterpriseNumber);
  });
});
