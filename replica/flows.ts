import { parseArgs } from 'node:util';
import type { Frame, Page } from 'playwright-core';
import { createReplica } from './app.ts';
import { openReplicaBrowser } from './browser.ts';
import { ALL_VARIANTS, type Variant, variantKey } from './render/types.ts';

// `npx tsx replica/flows.ts [--only fr-new-poor-spa,…]`: walks the whole procedure (log in, pick the company, add
// an analyst with the four rights, see them listed) through the real server in real Chromium, in every variant,
// by the replica's truth markers. Checks that the variants' scripts (late, spa, iframe) really work in a browser.

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const wanted = values.only?.split(',').map((s) => s.trim());
const variants = ALL_VARIANTS.filter((v) => !wanted || wanted.includes(variantKey(v)));

const RIGHTS = ['consultation-factures', 'dmfa-modification', 'dimona-declaration', 'ecaro'];

async function click(where: Page | Frame, truth: string): Promise<void> {
  await where.locator(`[data-replica-truth="${truth}"]`).click();
}

async function walk(page: Page, v: Variant): Promise<string> {
  const query = `lang=${v.lang}&wording=${v.wording}&markup=${v.markup}&timing=${v.timing}&truth=1`;
  await page.goto(`https://www.socialsecurity.be/__replica/reset`);
  await page.goto(`https://www.socialsecurity.be/site_${v.lang}/employer/infos/index.htm?${query}`);
  await click(page, 'connect.start');
  await click(page, 'connect.method:eid');
  await click(page, 'connect.method');
  await click(page, 'connect.pick-company:0403170701');
  await page.locator('[data-replica-truth="connect.all-services"]').waitFor();
  // In the single-page variant, nothing after this point may load a new page.
  await page.evaluate(() => Object.assign(window, { replicaMarker: true }));
  await click(page, 'connect.all-services');
  await click(page, 'grant.access-management');
  let app: Page | Frame = page;
  if (v.timing === 'iframe') {
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no framed application');
    app = frame;
  }
  await click(app, 'grant.pick-quality');
  await click(app, 'grant.employer-onss');
  await click(app, 'grant.add-user');
  await app.locator('[data-replica-truth="grant.niss"]').fill('82083026729');
  await click(app, 'grant.niss:submit');
  for (const right of RIGHTS) await app.locator(`[data-replica-truth="grant.rights:${right}"]`).check();
  await click(app, 'grant.save');
  await click(app, 'grant.confirm');
  await app.locator('[data-replica-truth="grant.done:82083026729"]').waitFor();
  const stayed = await page.evaluate(() => 'replicaMarker' in window);
  if (v.timing === 'spa' && !stayed) throw new Error('the single-page variant loaded a new page');
  return page.url();
}

const { browser, close } = await openReplicaBrowser(createReplica());
let failures = 0;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  for (const v of variants) {
    const start = Date.now();
    try {
      const url = await walk(page, v);
      console.log(`ok   ${variantKey(v)} (${Date.now() - start} ms) ${url}`);
    } catch (error) {
      failures++;
      console.log(
        `FAIL ${variantKey(v)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
} finally {
  await close();
}
process.exit(failures ? 1 : 0);
