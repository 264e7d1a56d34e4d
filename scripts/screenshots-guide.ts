// The guide on the replica's pages, for the README and the stores: Chromium with the built extension walks the
// replica the way the guide points (clicking the marked element, logging in with the replica's test account) and
// photographs the card and spotlight on the add-user button, the filled NISS, and the ticked rights with the look-alike
// « Déclaration DmfA » ticked by hand and named by the card. Then the stores' pictures: 1280×800 screenshots and the 440×280
// promotional tile (composed: icon, name and description beside the spotlight). Called by scripts/screenshots.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
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

/** The stores' small promotional tile (440×280): a designed picture, not a crop; words from the French catalogue. */
async function promoTile(context: BrowserContext, crop: Buffer, file: string): Promise<void> {
  const messages = JSON.parse(readFileSync(join(ROOT, '_locales/fr/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const icon = readFileSync(join(ROOT, 'icons/icon.svg')).toString('base64');
  const html = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  const tile = await context.newPage();
  try {
    await tile.setViewportSize({ width: 440, height: 280 });
    await tile.setContent(`<!doctype html><html lang="fr"><body style="margin:0;width:440px;height:280px;display:flex;
      font-family:system-ui,sans-serif;background:#1d4f91;color:#fff;overflow:hidden">
      <div style="width:200px;padding:22px 16px 0 20px;box-sizing:border-box">
        <img alt="" width="56" height="56" src="data:image/svg+xml;base64,${icon}">
        <h1 style="font-size:21px;line-height:1.15;margin:14px 0 10px">${html(messages.extName?.message ?? '')}</h1>
        <p style="font-size:12.5px;line-height:1.35;margin:0;color:#e3ecf8">${html(messages.extDescription?.message ?? '')}</p>
      </div>
      <img alt="" width="240" height="280" style="display:block;border-left:4px solid #ffd23f"
        src="data:image/png;base64,${crop.toString('base64')}">
    </body></html>`);
    await tile.screenshot({ path: file });
  } finally {
    await tile.close();
  }
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
    // The promotional tile: the icon, the name and the description beside the spotlighted add-user button.
    const target = await page.locator(`[${MARKER}="grant.add-user"]`).first().boundingBox();
    if (target) {
      const x = Math.max(0, Math.min(1280 - 240, target.x - 60));
      const y = Math.max(0, Math.min(800 - 280, target.y - 110));
      const crop = await page.screenshot({ clip: { x, y, width: 240, height: 280 } });
      await promoTile(context, crop, join(store, 'promo-tile-440x280.png'));
      written.push(join(store, 'promo-tile-440x280.png'));
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
      box.setAttribute('data-shot-trap', '');
      box.click();
    });
    // The guide flags the box it warns about (data-onss-guide-flag, docs/procedure.md) in the pass that also
    // renders the card's warning; then `shot` waits two frames for the paint.
    await page.waitForSelector('[data-shot-trap][data-onss-guide-flag]', {
      state: 'attached',
      timeout: 20_000,
    });
    await shot(page, join(out, 'guide-rights-fr.png'));
    await shot(page, join(store, 'screenshot-3-rights-1280x800.png'));
    return written;
  } finally {
    await context.close();
    await server.close();
  }
}
