import type { ServerResponse } from 'node:http';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import type { Company } from '../../replica/render/types.ts';
import type { Fingerprint } from '../../src/shared/fingerprint-schema.ts';
import { DEFAULT_PROFILE, RIGHT_IDS } from '../../src/shared/profile.ts';
import { settledCard } from '../harness/overlay-box.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import {
  expectMarked,
  PORTAL,
  readInputs,
  readMarked,
  shows,
  toNiss,
  toSaveFromNiss,
  truthSelector,
  type Variant,
  variantQuery,
} from './guide-walk.ts';

// Issue 14, in real Chromium and Firefox: a page that tries to take the guide's overlay. Before anything of the
// extension runs, its own script fixes crypto.getRandomValues (so that a name drawn from it is known), defines the
// custom element that name would give, hooks attachShadow, and defines every custom element name it later sees
// appear (an upgrade runs the page's constructor on that element). The guide must still show its card and mark the
// target, and the page must never hold the card's shadow root.
// Stored states the guide did not write (a newer version, a corrupt value): kept aside raw, the popup says so.
// Poisoned corrections that are not decoys (a wrong role, nameless for a step that fills, a search box, a
// look-alike right): nothing wrong is filled, ticked or pointed at.
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

const COMPANY: Company = {
  name: 'Boulangerie Dupont SRL',
  enterpriseNumber: '0403170701',
  quality: 'principal',
};
const OTHER: Company = { name: 'Dupont Immo SA', enterpriseNumber: '0812345603', quality: 'principal' };
const VARIANT: Variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' };
/** A search box the new-user form gets on this server: where a poisoned correction points. */
const SEARCH =
  '<form role="search"><input type="search" name="find-user" id="find-user" aria-label="Rechercher un utilisateur"></form>';

/** Corrections that are not decoys, each wrong in its own way (valid by the schema: they are kept, and consulted). */
const POISONED: Fingerprint[] = [
  // The form's « Suivant » button, for the step that fills a field.
  { stepId: 'grant.niss', role: 'button', name: 'suivant', words: ['submit'] },
  // Nameless, matched by place alone, for a step that acts.
  { stepId: 'grant.niss', role: 'textbox', name: '', words: [], position: { rank: 1, containerWords: [] } },
  // The page's search box, named as the page names it (the fingerprint matches it: the rules refuse it).
  {
    stepId: 'grant.niss',
    role: 'textbox',
    name: 'rechercher un utilisateur',
    label: 'rechercher un utilisateur',
    words: ['find', 'user'],
  },
  // The look-alike right the procedure warns about.
  { stepId: 'grant.rights', role: 'checkbox', name: 'déclaration dmfa', words: [] },
  // A link for the save button.
  { stepId: 'grant.save', role: 'link', name: 'précédent', words: [] },
];

const replica = createReplica({ companies: [COMPANY, OTHER] });
const e2e = useExtensionBrowsers((req, res) => {
  if (req.url?.startsWith('/app011/umoe/newuser.do')) {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
    (res as { end: unknown }).end = (chunk?: unknown) =>
      end(typeof chunk === 'string' ? chunk.replace(/<body>/i, `<body>${SEARCH}`) : chunk);
  }
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

  it.each([
    // Its French setting is read: the popup speaks French.
    [
      'of a newer version',
      { version: 2, settings: { uiLocale: 'fr' }, learned: [], future: { kept: true } },
      'réparées',
    ],
    // Nothing of it can be read, its language neither: the popup speaks the browser's (English here).
    ['corrupt', '{"version":1,"companies":[{"enterpriseNumber":', 'repaired'],
  ])('a stored state %s is kept aside raw, and the popup says it was repaired', async (_what, raw, said) => {
    await browser.writeStorage({ state: raw });
    const popup = await browser.openExtensionPage('popup.html');
    expect(
      await popup.waitForFunction(() => document.querySelector('[data-testid="repaired"]')?.textContent),
    ).toContain(said);
    const stored = (await browser.readStorage()) as {
      state?: { version?: number };
      'state-backup'?: { raw: unknown }[];
    };
    expect(stored['state-backup']?.map((kept) => kept.raw)).toEqual([raw]);
    expect(stored.state?.version).toBe(1);
  });

  it('poisoned corrections that are not decoys: nothing wrong is filled, ticked or pointed at', async () => {
    await browser.writeStorage({ state: { version: 1, settings: { uiLocale: 'fr' }, learned: POISONED } });
    const page = await browser.newPage();
    await toNiss(page, VARIANT, COMPANY.enterpriseNumber);
    // Still stored (the schema took them): the guide had them to consult.
    const kept = ((await browser.readStorage()) as { state?: { learned?: unknown[] } }).state?.learned;
    expect(kept).toHaveLength(POISONED.length);
    // The NISS went into the NISS field only: the search box and every other input are as the page made them.
    const [analyst] = DEFAULT_PROFILE.analysts;
    const inputs = await readInputs(page, '*');
    const holding = inputs.filter((input) => input.value.replace(/\D/g, '') === analyst?.niss);
    expect(holding.map((input) => input.truth)).toEqual(['grant.niss']);
    expect(await page.evaluate(() => (document.getElementById('find-user') as HTMLInputElement).value)).toBe(
      '',
    );
    expect((await readMarked(page))?.truth).toBe('grant.niss');
    await toSaveFromNiss(page);
    // Exactly the profile's four rights (« Déclaration DmfA » unticked), and « Enregistrer » marked, not the link.
    const ticked = (await readInputs(page, 'grant.rights'))
      .filter((box) => box.checked)
      .map((box) => box.truth);
    expect(ticked.sort()).toEqual(RIGHT_IDS.map((right) => `grant.rights:${right}`).sort());
    const dmfa = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter(
          (box) => box.checked && /^\s*Déclaration DmfA\s*$/.test(box.labels?.[0]?.textContent ?? ''),
        ).length,
    );
    expect(dmfa).toBe(0);
    await expectMarked(page, 'grant.save');
  });
});
