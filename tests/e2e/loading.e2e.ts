import type { ServerResponse } from 'node:http';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { LOADING_TEXTS } from '../../src/engine/procedure/captions.ts';
import { type CardBox, settledCard } from '../harness/overlay-box.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import { expectMarked, PORTAL, readMarked, shows, truthSelector } from './guide-walk.ts';

// Issue 17, in real Chromium and Firefox: a page the guide recognises while the part it points at is still loading
// (the portal's own « Chargement… », aria-busy) shows « La page se charge… » (nl, de alike) instead of saying it
// cannot find the element; once the element arrives the card follows it and marks it. On this server the employer
// page's log-in entry arrives late: a script of the page puts a busy placeholder in its place before the page has
// loaded, and puts the entry back when the test calls `onssArrive()` (no timer: the test decides when).

const LATE = (loading: string) => `<script>
document.addEventListener('DOMContentLoaded', () => {
  const entry = document.querySelector('[data-replica-truth="connect.start"]');
  const busy = document.createElement('p');
  busy.setAttribute('aria-busy', 'true');
  busy.textContent = ${JSON.stringify(loading)};
  entry.replaceWith(busy);
  window.onssArrive = () => busy.replaceWith(entry);
});
</script>`;

const replica = createReplica({});
const e2e = useExtensionBrowsers((req, res) => {
  const lang = /[?&]late-entry=(fr|nl|de)/.exec(req.url ?? '')?.[1] as 'fr' | 'nl' | 'de' | undefined;
  if (lang) {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
    (res as { end: unknown }).end = (chunk?: unknown) =>
      end(
        typeof chunk === 'string'
          ? chunk.replace(/<head>/i, `<head>${LATE(LOADING_TEXTS[lang]?.[0] ?? '')}`)
          : chunk,
      );
  }
  replica(req, res);
});

const SAID = {
  fr: { loading: 'La page se charge…', lost: 'Je ne trouve pas avec certitude' },
  nl: { loading: 'De pagina wordt geladen…', lost: 'Ik vind het element op deze pagina niet' },
  de: { loading: 'Die Seite wird geladen…', lost: 'Ich finde das Element auf dieser Seite nicht' },
} as const;

const overlaps = (a: CardBox, b: CardBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(BROWSERS)('%s: a page still loading', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  it.each(['fr', 'nl', 'de'] as const)(
    '%s: says the page is loading, not that it cannot find the element; then marks it as it arrives',
    async (lang) => {
      const page = await browser.newPage();
      await page.setViewport(1280, 800);
      await page.goto(`${PORTAL}/__replica/reset`);
      await page.goto(
        `${PORTAL}/site_${lang}/employer/infos/index.htm?late-entry=${lang}&lang=${lang}&wording=new&markup=clean&timing=normal&truth=1`,
      );
      await poll(`« ${SAID[lang].loading} »`, async () =>
        (await shows(page, SAID[lang].loading)) ? true : null,
      );
      const waiting = await settledCard(page, 'the card while loading');
      expect(await shows(page, SAID[lang].lost)).toBe(false);
      expect(await readMarked(page)).toBeNull();
      await page.evaluate(() => (window as unknown as { onssArrive(): void }).onssArrive());
      await expectMarked(page, 'connect.start');
      const entry = await page.evaluate((selector) => {
        const r = (document.querySelector(selector) as Element).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, truthSelector('connect.start'));
      const moved = await settledCard(
        page,
        'the card beside the entry',
        (box) => JSON.stringify(box) !== JSON.stringify(waiting),
      );
      expect(await shows(page, SAID[lang].loading)).toBe(false);
      // Beside the entry now, never over it.
      expect(overlaps(moved, entry)).toBe(false);
      const gap = Math.max(
        entry.x - (moved.x + moved.width),
        moved.x - (entry.x + entry.width),
        entry.y - (moved.y + moved.height),
        moved.y - (entry.y + entry.height),
      );
      expect(gap).toBeLessThan(200);
    },
  );
});
