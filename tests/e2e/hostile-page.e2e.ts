import type { ServerResponse } from 'node:http';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import { expectMarked, PORTAL, shows, variantQuery } from './guide-walk.ts';

// Issue 14, in real Chromium and Firefox: a page that tries to take the guide's overlay. Before anything of the
// extension runs, its own script fixes crypto.getRandomValues (so that a name drawn from it is known), defines the
// custom element that name would give, hooks attachShadow, and defines every custom element name it later sees
// appear (an upgrade runs the page's constructor on that element). The guide must still show its card and mark the
// target, and the page must never hold the card's shadow root.

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
});
