import type { ServerResponse } from 'node:http';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import type { Fingerprint } from '../../src/shared/fingerprint-schema.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import { expectMarked, PORTAL, shows, truthSelector, variantQuery } from './guide-walk.ts';
import { settledCard } from './overlay-box.ts';

// Issue 14, in real Chromium and Firefox: a page that tries to take the guide's overlay. Before anything of the
// extension runs, its own script fixes crypto.getRandomValues (so that a name drawn from it is known), defines the
// custom element that name would give, hooks attachShadow, and defines every custom element name it later sees
// appear (an upgrade runs the page's constructor on that element). The guide must still show its card and mark the
// target, and the page must never hold the card's shadow root.
// Teach mode on a page whose script clicks too: only the person's own click (the driver's trusted input, a
// coordinate click or a key, which also reaches the card inside its closed shadow root) is taken.

const HOSTILE = `<script>
(() => {
  const seen = (window.onssHostile = { constructed: 0, shadowsTaken: 0, attachCalls: 0, defined: [] });
  crypto.getRandomValues = (array) => array.fill(0);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    seen.attachCalls += 1;
    return attach.call(this, init);
  };
  const define = (name) => {
    if (customElements.get(name)) return;
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        seen.constructed += 1;
        try {
          attach.call(this, { mode: 'open' });
          seen.shadowsTaken += 1;
        } catch {}
      }
    });
    seen.defined.push(name);
  };
  // The name a fixed crypto.getRandomValues would give (twelve zeros → twelve « a »), defined first.
  define('aaaaaa-aaaaaa');
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && node.localName.includes('-')) define(node.localName);
  }).observe(document, { childList: true, subtree: true });
})();
</script>`;

const replica = createReplica({});
const e2e = useExtensionBrowsers((req, res) => {
  if (req.url?.includes('hostile=1')) {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
    (res as { end: unknown }).end = (chunk?: unknown) =>
      end(typeof chunk === 'string' ? chunk.replace(/<head>/i, `<head>${HOSTILE}`) : chunk);
  }
  replica(req, res);
});

describe.each(BROWSERS)('%s: a page that tries to take the overlay', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  it('defines its element name first, hooks attachShadow, upgrades what appears: the card shows all the same', async () => {
    const page = await browser.newPage();
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(
      `${PORTAL}/site_fr/employer/infos/index.htm?hostile=1&${variantQuery({ lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' })}`,
    );
    expect(
      await page.evaluate(() => (window as unknown as { onssHostile?: unknown }).onssHostile),
    ).toBeTruthy();
    await expectMarked(page, 'connect.start');
    await poll('the card on the hostile page', async () =>
      (await shows(page, 'Connexion — étape 1 sur 7')) ? true : null,
    );
    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            onssHostile: {
              constructed: number;
              shadowsTaken: number;
              attachCalls: number;
              defined: string[];
            };
          }
        ).onssHostile,
    );
    // The guide's attachShadow is not the page's (another world), and its name is not the one the page defined
    // first; an upgrade by a later definition finds the shadow root already attached.
    expect(seen.attachCalls).toBe(0);
    expect(seen.shadowsTaken).toBe(0);
    expect(seen.defined[0]).toBe('aaaaaa-aaaaaa');
    console.info(`hostile page in ${name}: ${seen.constructed} upgrade(s) of the page's definitions ran`);
    expect(page.consoleErrors().filter((line) => line.includes('ONSS'))).toEqual([]);
  });

  it("teach mode ignores the page's synthetic clicks and Esc, and takes the person's own click", async () => {
    const page = await browser.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(
      `${PORTAL}/site_fr/employer/infos/index.htm?${variantQuery({ lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' })}`,
    );
    // A button of the page's own, counting the clicks that reach it.
    await page.evaluate(() => {
      const decoy = document.createElement('button');
      decoy.id = 'decoy';
      decoy.type = 'button';
      decoy.textContent = 'Exporter la liste';
      decoy.addEventListener('click', () => {
        decoy.dataset.clicks = String(Number(decoy.dataset.clicks ?? 0) + 1);
      });
      document.body.prepend(decoy);
    });
    await expectMarked(page, 'connect.start');
    const closed = await settledCard(page, 'the card');
    // « Autres options » is the card's last line, at its bottom left; it opens the list below it.
    await page.mouseClick(closed.x + 40, closed.y + closed.height - 24);
    await settledCard(page, 'the options open', (box) => box.height > closed.height + 40);
    // The disclosure has the focus; then « C'est fait », then « Ce n'est pas ceci » (teach mode).
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    const teaching = "Cliquez sur l'élément à utiliser pour cette étape";
    await poll('teach mode', async () => ((await shows(page, teaching)) ? true : null));
    const watch = await browser.watchStorage();
    // The page's script: a whole pointer sequence on its decoy, a click(), and Esc.
    const reached = await page.evaluate(() => {
      const decoy = document.getElementById('decoy') as HTMLElement;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        decoy.dispatchEvent(
          new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: window }),
        );
      decoy.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return decoy.dataset.clicks;
    });
    // Left alone (the page's own listener saw both clicks), and teach mode goes on.
    expect(reached).toBe('2');
    expect(await shows(page, teaching)).toBe(true);
    // The person's own click, on the element the step means.
    const link = await page.evaluate((selector) => {
      const r = (document.querySelector(selector) as Element).getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, truthSelector('connect.start'));
    await page.mouseClick(link.x, link.y);
    const learned = await poll('the correction stored', async () => {
      const stored = (await browser.readStorage()) as { state?: { learned?: Fingerprint[] } };
      return stored.state?.learned?.length ? stored.state.learned : null;
    });
    // « Se connecter », as the finder keeps a name (normalised).
    expect(learned.map((fp) => [fp.stepId, fp.name])).toEqual([['connect.start', 'se connecter']]);
    // Nothing was written for the decoy before the person's click: every learned set written holds only theirs.
    const changes = await watch.changes();
    await watch.stop();
    const written = changes.flatMap(
      (change) => (change.state?.newValue as { learned?: Fingerprint[] } | undefined)?.learned ?? [],
    );
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((fp) => fp.stepId === 'connect.start' && fp.name === 'se connecter')).toBe(true);
    // Teach mode swallowed the click: the page did not follow the link.
    expect(page.url()).toContain('/site_fr/employer/infos/index.htm');
  });
});
