import type { Page } from 'playwright-core';
import { SAMPLE_DATA } from '../replica/render/sample.ts';
import { ACTIONS, type ScreenId, screenUrl } from '../replica/render/screens.ts';

// The replica pages the browser benchmarks load, default variant, and the log-in that the logged-in ones need.

const LOAD_SCREENS: readonly ScreenId[] = [
  'employer-info',
  'login-choice',
  'services',
  'am-users',
  'am-niss',
];

export function benchPages(): string[] {
  return LOAD_SCREENS.map((id) => screenUrl(id, 'fr'));
}

/** Pages of the flow where the guide points at something, in the order a client meets them. */
const GUIDE_SCREENS: readonly ScreenId[] = [
  'employer-info',
  'login-choice',
  'home',
  'services',
  'am-quality',
  'am-groups',
  'am-users',
  'am-niss',
];

export function guidePages(): string[] {
  return GUIDE_SCREENS.map((id) => screenUrl(id, 'fr'));
}

/** A static page (no timers of its own) where the guide has a target from a fresh start. */
export function idlePage(): string {
  return screenUrl('employer-info', 'fr');
}

const COMPANY = SAMPLE_DATA.companies[0]?.enterpriseNumber ?? '';

/**
 * Logs this browser's replica session in (federal login with the eID option, then the first sample company), using
 * the replica's test markers, then switches the markers off again so the measured pages are the plain ones.
 * `overlaid`: a tour's overlay covers the page (the peer's), so the button is clicked from the page's script.
 */
export async function logIn(page: Page, overlaid = false): Promise<void> {
  await page.goto(`https://${ACTIONS.login.host}${ACTIONS.login.path}?truth=1`);
  await page.goto(`${screenUrl('login-method', 'fr')}?method=eid`);
  await Promise.all([
    page.waitForURL(/\/portal\/enterprise\.do/),
    overlaid
      ? page
          .locator('[data-replica-truth="connect.method"]')
          .evaluate((button: HTMLElement) => button.click())
      : page.click('[data-replica-truth="connect.method"]'),
  ]);
  await page.goto(`${screenUrl('company-choice', 'fr')}?select=${COMPANY}&truth=0`);
  await page.waitForURL(/\/portal\/home\.do/);
}
