import type { Page } from 'playwright-core';
import { screenUrl } from '../replica/render/screens.ts';
import type { Profile } from '../src/shared/profile.ts';

// The client's effort without the guide: every click and keystroke a person makes to grant the profile's analysts
// on one company, from the logged-in home page, found through the replica's test markers (data-replica-truth).

export interface Tally {
  clicks: number;
  keystrokes: number;
}

const truth = (id: string) => `[data-replica-truth="${id}"]`;

/** Clicks an element that loads another page, and waits for that page. */
export async function clickThrough(page: Page, selector: string, tally: Tally): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
  tally.clicks += 1;
}

/** The start of both runs: the company's logged-in home page, with the replica's markers on. */
export async function openHome(page: Page): Promise<void> {
  await page.goto(`${screenUrl('home', 'fr')}?truth=1`);
}

/** True when the users list shows every analyst of the profile. */
export async function allListed(page: Page, profile: Profile): Promise<boolean> {
  for (const analyst of profile.analysts)
    if ((await page.locator(truth(`grant.done:${analyst.niss}`)).count()) === 0) return false;
  return true;
}

export async function grantByHand(page: Page, profile: Profile, analysts: number): Promise<Tally> {
  const tally: Tally = { clicks: 0, keystrokes: 0 };
  await openHome(page);
  for (const step of [
    'connect.all-services',
    'grant.access-management',
    'grant.pick-quality',
    'grant.employer-onss',
  ])
    await clickThrough(page, truth(step), tally);
  for (const analyst of profile.analysts.slice(0, analysts)) {
    await clickThrough(page, truth('grant.add-user'), tally);
    await page.click(truth('grant.niss'));
    tally.clicks += 1;
    for (const key of analyst.niss) {
      await page.keyboard.press(key);
      tally.keystrokes += 1;
    }
    await clickThrough(page, truth('grant.niss:submit'), tally);
    for (const right of profile.rights) {
      await page.click(truth(`grant.rights:${right}`));
      tally.clicks += 1;
    }
    await clickThrough(page, truth('grant.save'), tally);
    await clickThrough(page, truth('grant.confirm'), tally);
  }
  return tally;
}
