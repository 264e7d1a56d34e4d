import type { Locator, Page } from 'playwright-core';
import type { Profile } from '../src/shared/profile.ts';
import { allListed, openHome, type Tally } from './effort-hand.ts';

// The client's effort with the guide: click what the guide marks, never type, never tick. Where the guide fills a
// field or ticks boxes and the page then needs its own button (« Suivant », « Enregistrer »), the client presses the
// form's submit button as the guide's card asks, and that click counts too.

const MARKER = 'data-onss-guide-target';
const TIMEOUT_MS = 10_000;
const MAX_CLICKS = 60;

/** The guide stopped helping: the effort is then not measured (never computed without the guide). */
export class GuideStuck extends Error {}

const where = (page: Page) => new URL(page.url()).pathname;

async function waitForMark(page: Page): Promise<Locator> {
  const mark = page.locator(`[${MARKER}]`);
  await mark.waitFor({ state: 'attached', timeout: TIMEOUT_MS }).catch(() => {
    throw new GuideStuck(`the guide marked nothing on ${where(page)}`);
  });
  return mark;
}

/** Clicks and waits for the page this click loads; one click for the tally. */
async function clickAndLoad(page: Page, target: Locator, tally: Tally): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: TIMEOUT_MS }).catch(() => {
    throw new GuideStuck(`clicking what the guide marks on ${where(page)} loaded no page`);
  });
  await Promise.all([loaded, target.click({ timeout: TIMEOUT_MS })]);
  tally.clicks += 1;
}

const submitOf = (mark: Locator) => mark.locator('xpath=ancestor::form').locator('[type=submit]').first();

export interface GuidedTally extends Tally {
  /** The marked steps, in the order the client acted on them. */
  path: string[];
}

export async function grantWithGuide(page: Page, profile: Profile): Promise<GuidedTally> {
  const tally: GuidedTally = { clicks: 0, keystrokes: 0, path: [] };
  await openHome(page);
  while (!(await allListed(page, profile))) {
    if (tally.clicks >= MAX_CLICKS)
      throw new GuideStuck(`not done after ${MAX_CLICKS} clicks, at ${where(page)}`);
    const mark = await waitForMark(page);
    const step = (await mark.getAttribute(MARKER)) ?? '';
    tally.path.push(step);
    const field = await mark.evaluate((el) => el instanceof HTMLInputElement && el.type !== 'checkbox');
    if (field) {
      // A field the guide fills: wait for its value, then the form's own button.
      await page
        .waitForFunction(
          (attr) => Boolean(document.querySelector<HTMLInputElement>(`[${attr}]`)?.value),
          MARKER,
          {
            timeout: TIMEOUT_MS,
          },
        )
        .catch(() => {
          throw new GuideStuck(`the guide did not fill the field it marks (${step}) on ${where(page)}`);
        });
      await clickAndLoad(page, submitOf(mark), tally);
    } else if (step === 'grant.rights') {
      // The boxes the guide ticks: wait until the profile's rights are ticked, then « Enregistrer ».
      for (const right of profile.rights)
        await page
          .locator(`[data-replica-truth="grant.rights:${right}"]:checked`)
          .waitFor({ state: 'attached', timeout: TIMEOUT_MS })
          .catch(() => {
            throw new GuideStuck(`the guide did not tick ${right} on ${where(page)}`);
          });
      await clickAndLoad(page, submitOf(mark), tally);
    } else {
      await clickAndLoad(page, mark, tally);
    }
  }
  return tally;
}
