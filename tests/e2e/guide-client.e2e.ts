import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { rightByCode, rightCaption } from '../../replica/render/rights.ts';
import type { Company } from '../../replica/render/types.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import {
  clickAs,
  expectMarked,
  MARKER,
  toCompanyChoice as toChoice,
  toNiss,
  toSaveFromNiss,
  truthSelector,
  type Variant,
} from './guide-walk.ts';

// What the client does by hand, in real Chromium and Firefox: a look-alike right ticked on the rights page is seen
// at once (flagged, pointed at) and unflagged once unticked; saved anyway, the confirmation page flags it before
// « Confirmer ». The 200 ms are a budget for waiting on the condition in the page, not a timed assertion.

const FLAG = 'data-onss-guide-flag';
const COMPANY: Company = {
  name: 'Boulangerie Dupont SRL',
  enterpriseNumber: '0403170701',
  quality: 'principal',
};
const VARIANT: Variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' };
const FRAME_BUDGET = { timeout: 200 };
const toCompanyChoice = (page: TestPage) => toChoice(page, VARIANT);
const toRights = async (page: TestPage) => {
  await toNiss(page, VARIANT, COMPANY.enterpriseNumber);
  await toSaveFromNiss(page);
};

/** The person is only a « utilisateur » there: no access can be granted for it. */
const USER_COMPANY: Company = { name: 'Dupont Immo SA', enterpriseNumber: '0812345603', quality: 'user' };
// Two companies: with one only, the portal skips the company choice.
const replica = createReplica({ companies: [COMPANY, USER_COMPANY] });
const e2e = useExtensionBrowsers(replica);

/** Tags the « Déclaration DmfA » box (the procedure's trap) so that the test can click it like the client. */
async function tagDecoy(page: TestPage): Promise<void> {
  const def = rightByCode('DMFA_DECL');
  if (!def) throw new Error('no DMFA_DECL in the replica');
  const caption = rightCaption(def, VARIANT.lang, VARIANT.wording);
  const found = await page.evaluate((text) => {
    const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
      (b) => (b.labels?.[0]?.textContent ?? b.parentElement?.textContent ?? '').trim() === text,
    );
    box?.setAttribute('data-test-decoy', '');
    return !!box;
  }, caption);
  expect(found, `a box labelled « ${caption} »`).toBe(true);
}

describe.each(BROWSERS)('%s: the guide sees what the client does', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  it('flags a look-alike right ticked by hand and points at it, and lets go once it is unticked', async () => {
    const page = await browser.newPage();
    await toRights(page);
    await tagDecoy(page);
    await page.click('[data-test-decoy]');
    await page.waitForFunction(
      ([flag, marker]) => {
        const box = document.querySelector('[data-test-decoy]');
        return box?.getAttribute(flag) === 'wrong-right' && box.getAttribute(marker) === 'grant.rights';
      },
      [FLAG, MARKER] as const,
      FRAME_BUDGET,
    );
    expect(await page.evaluate((flag) => document.querySelectorAll(`[${flag}]`).length, FLAG)).toBe(1);
    await page.click('[data-test-decoy]');
    await page.waitForFunction(
      (flag) => document.querySelectorAll(`[${flag}]`).length === 0,
      FLAG,
      FRAME_BUDGET,
    );
    await expectMarked(page, 'grant.save');
  });

  // Conditions return plain values: an element is no value puppeteer can bring back from Firefox (WebDriver BiDi
  // hands it over as undefined), so a condition returning one never holds there.
  it('flags the look-alike right the confirmation page lists, and points at nothing before « Confirmer »', async () => {
    const page = await browser.newPage();
    await toRights(page);
    await tagDecoy(page);
    await page.click('[data-test-decoy]');
    await page.waitForFunction((flag) => document.querySelector(`[${flag}]`) !== null, FLAG);
    // The client saves anyway (the guide never does).
    await clickAs(page, truthSelector('grant.save'));
    const flagged = await page.waitForFunction(
      (flag) => {
        const items = document.querySelectorAll(`[${flag}="wrong-right"]`);
        return items.length === 1 && items[0]?.localName === 'li'
          ? (items[0].textContent ?? '').trim()
          : null;
      },
      FLAG,
      { timeout: 15_000 },
    );
    const def = rightByCode('DMFA_DECL');
    expect(def && flagged).toBe(def && rightCaption(def, VARIANT.lang, VARIANT.wording));
    expect(await page.evaluate((marker) => document.querySelector(`[${marker}]`) !== null, MARKER)).toBe(
      false,
    );
  });

  it("points a « utilisateur » role at the header's « Changer d'entreprise », not onward", async () => {
    const page = await browser.newPage();
    await toCompanyChoice(page);
    // The client picks the company where they are only a user.
    await clickAs(page, truthSelector(`connect.pick-company:${USER_COMPANY.enterpriseNumber}`));
    const marked = await expectMarked(page, 'connect.pick-company:change', /^$/);
    expect(marked.html).toContain("Changer d'entreprise");
  });
});
