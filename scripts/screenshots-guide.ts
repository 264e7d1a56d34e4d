// The guide on the replica's pages, for the README and the stores: Chromium with the built extension walks the
// replica the way the guide points (clicking the marked element, logging in with the replica's test account) and
// photographs the card and spotlight on the add-user button, the filled NISS, and the ticked rights with the look-alike
// « Déclaration DmfA » ticked by hand and named by the card. Then the stores' pictures: 1280×800 screenshots and the 440×280
// promotional tile. Called by scripts/screenshots.ts.
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createReplica } from '../replica/app.ts';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { startHttpsServer } from '../replica/https.ts';
import { createCertificates } from '../replica/tls.ts';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/harness/chromium.ts';
import { ROOT } from './build.ts';

const MARKER = 'data-onss-guide-target';
const PORTAL = 'https://www.socialsecurity.be';
const truth = (id: string) => `[data-replica-truth="${id}"]`;

/** Waits until the guide marks `step` and returns the marked element's selector. */
async function marked(page: Page, step: string): Promise<string> {
  const selector = `[${MARKER}="${step}"]`;
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 20_000 });
  return selector;
}

async function walkTo(page: Page, until: string): Promise<void> {
  for (let hops = 0; hops < 20; hops++) {
    const mark = page.locator(`[${MARKER}]`).first();
    await mark.waitFor({ state: 'attached', timeout: 20_000 });
    const step = await mark.getAttribute(MARKER);
    console.log(`  guide marks ${step}`);
    if (step === until) return;
    // The element clicked is remembered, so that a next mark of the same step (two log-in pages) counts as a move.
    await mark.evaluate((element) => element.setAttribute('data-shot-seen', ''));
    if (step === 'connect.method' && (await page.locator(truth('connect.method:password')).count()) > 0) {
      await page.fill(truth('connect.method:password'), 'marie.dupont');
      await page.fill('input[type=password]', 'pass-Word-1');
      await page.click(truth('connect.method:submit'));
    } else if (step === 'connect.pick-company' && !(await mark.getAttribute('href'))) {
      // On a fresh install the guide marks the list (any company will do): the first one.
      await page.locator('[data-replica-truth^="connect.pick-company:"]').first().click();
    } else {
      await mark.click();
    }
    await page.waitForFunction(
      (marker) => document.querySelector(`[${marker}]:not([data-shot-seen])`),
      MARKER,
      {
        timeout: 20_000,
      },
    );
  }
  throw new Error(`the walk did not reach ${until}`);
}

export async function guideScreenshots(
  dist: string,
  profile: string,
  out: string,
  store: string,
): Promise<string[]> {
  const certs = createCertificates(join(ROOT, '.tmp/replica-tls'), SERVED_HOSTS);
  const server = await startHttpsServer({ handler: createReplica(), port: 0, tls: certs });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(dist, { serverPort: server.port, hosts: SERVED_HOSTS, certs }),
  });
  const written: string[] = [];
  const shot = async (
    page: Page,
    file: string,
    clip?: { x: number; y: number; width: number; height: number },
  ) => {
    // Two frames: the card the guide placed is painted.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
    written.push(file);
  };
  try {
    const page = await context.newPage();
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(`${PORTAL}/site_fr/employer/infos/index.htm?truth=1`);
    await walkTo(page, 'grant.add-user');
    await marked(page, 'grant.add-user');
    await shot(page, join(out, 'guide-add-user-fr.png'));
    await shot(page, join(store, 'screenshot-1-add-user-1280x800.png'));
    // The promotional tile: the card and its spotlight, from the add-user step, at 440×280.
    const card = await page.locator(`[${MARKER}="grant.add-user"]`).first().boundingBox();
    if (card) {
      const x = Math.max(0, Math.min(1280 - 440, card.x - 160));
      const y = Math.max(0, Math.min(800 - 280, card.y - 100));
      await shot(page, join(store, 'promo-tile-440x280.png'), { x, y, width: 440, height: 280 });
    }
    await page.click(await marked(page, 'grant.add-user'));
    await marked(page, 'grant.niss');
    await page.waitForFunction(() => {
      const field = document.querySelector<HTMLInputElement>(
        '[data-replica-truth="grant.niss"] input, input[data-replica-truth="grant.niss"]',
      );
      return (field?.value.replace(/\D/g, '') ?? '').length === 11;
    });
    await shot(page, join(out, 'guide-niss-fr.png'));
    await shot(page, join(store, 'screenshot-2-niss-1280x800.png'));
    await page.click(truth('grant.niss:submit'));
    await marked(page, 'grant.save');
    // The trap the firm's written procedure warns about: « Déclaration DmfA » ticked by mistake is flagged.
    await page.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find(
        (l) => l.textContent?.trim() === 'Déclaration DmfA',
      );
      const box = label?.control ?? label?.querySelector('input');
      if (!(box instanceof HTMLInputElement))
        throw new Error('no « Déclaration DmfA » box on the rights page');
      box.click();
    });
    // The card (in a closed shadow root) names the wrong right on the guide's next pass over the changed page.
    await page.evaluate(
      () =>
        new Promise((done) =>
          setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 500),
        ),
    );
    await shot(page, join(out, 'guide-rights-fr.png'));
    await shot(page, join(store, 'screenshot-3-rights-1280x800.png'));
    return written;
  } finally {
    await context.close();
    await server.close();
  }
}
