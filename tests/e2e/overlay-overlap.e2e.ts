import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_VARIANTS,
  LANGS,
  renderScreen,
  SCREENS,
  type ScreenData,
  type ScreenInfo,
  screenPath,
  TIMINGS,
  type Variant,
} from '../../replica/render/index.ts';
import { cls } from '../../replica/render/markup.ts';
import { type Box, placeCard } from '../../src/content/overlay/position.ts';
import { cardBoxInPage, type FoundCard } from '../harness/overlay-box.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';

// The card never hides the portal: on every replica screen that serves a step, in every variant, in both
// browsers, at 1280×800 and at 1024×700, the box the card (or its badge) really occupies — found by hit-testing
// the page (harness/overlay-box.ts), since the card lives in a closed shadow root — overlaps neither the element the guide points at, nor
// the fields of that element's form, nor any element with role=alert/status or the portal's message class; nor what
// names the form's fields (their <label>s, what aria-labelledby names, the row a field has to itself: a table of
// rights' label cell) wherever a place of the card's size clears them all (the pure placement, given the boxes
// read in the page, says whether one does; where none does, as on a page of rights filling the view, the card may
// cover labels, never a field).
// Every screen is seen in all 12 language × wording × markup variants, each with one of the 4 timings, rotated so
// that over the screens every timing meets every one of them; OVERLAP_ALL=1 runs all 48 variants of every screen
// (about four times longer).

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;
const MARKER = 'data-onss-guide-target';

/** The screens' pages rendered directly (no session): the URL names the variant, `frame=1` the framed document. */
function handler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
  // The iframe variant's frame is asked for without the variant: it is the outer page's (its referrer).
  const named = url.searchParams.get('v') ?? new URL(req.headers.referer ?? url.href).searchParams.get('v');
  const [lang, wording, markup, timing] = (named ?? '').split('.');
  const variant = ALL_VARIANTS.find(
    (v) => v.lang === lang && v.wording === wording && v.markup === markup && v.timing === timing,
  );
  const screen = SCREENS.find(
    (s) => s.host === url.hostname && LANGS.some((l) => screenPath(s.id, l) === url.pathname),
  );
  if (!variant || !screen) {
    res.writeHead(404);
    res.end();
    return;
  }
  const data: ScreenData = { lateDelayMs: 100, inFrame: url.searchParams.get('frame') === '1' };
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(renderScreen(screen.id, variant, data));
}

const e2e = useExtensionBrowsers(handler);

const key = (v: Variant) => `${v.lang}.${v.wording}.${v.markup}.${v.timing}`;
const pageUrl = (screen: ScreenInfo, v: Variant) =>
  `https://${screen.host}${screenPath(screen.id, v.lang)}?v=${key(v)}`;

interface Seen {
  /** The card's (or badge's) box, in the coordinates of the document it lives in. */
  card: { x: number; y: number; width: number; height: number };
  inFrame: boolean;
  /** What it overlaps, described. */
  covered: string[];
  /** What names a field that it overlaps (allowed only where no place clears them all). */
  coveredNames: string[];
  /** The boxes it had to keep clear (the target, the fields, the messages) and what names the fields. */
  hard: Box[];
  names: Box[];
  view: { width: number; height: number };
  marked: boolean;
}

/** In the page: what of the portal the card found (cardBoxInPage) covers, in the document that holds it. */
function inspect({
  marker,
  messageClass,
  found: { box: card, frame },
}: {
  marker: string;
  messageClass: string;
  found: FoundCard;
}): Seen | null {
  const doc = frame < 0 ? document : document.querySelectorAll('iframe')[frame]?.contentDocument;
  const win = doc?.defaultView;
  if (!doc || !win) return null;
  const target = doc.querySelector(`[${marker}]`);
  const fields = [
    ...(target?.closest('form')?.querySelectorAll('input:not([type=hidden]), select, textarea, button') ??
      []),
  ];
  const named = fields.flatMap((field) => {
    const ids = field.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    const row = field.parentElement?.closest('tr, [role=row], li');
    const alone =
      row && row.querySelectorAll('input:not([type=hidden]), select, textarea, button').length === 1;
    return [
      ...((field as HTMLInputElement).labels ?? []),
      ...ids.flatMap((id) => doc.getElementById(id) ?? []),
      ...(alone ? [row] : []),
    ];
  });
  const messages = doc.querySelectorAll(`[role=alert], [role=status], .${messageClass}`);
  const covered: string[] = [];
  const coveredNames: string[] = [];
  const hard: Box[] = [];
  const names: Box[] = [];
  const strict = [...(target ? [target] : []), ...fields, ...messages];
  for (const element of [...strict, ...named]) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const isName = !strict.includes(element);
    (isName ? names : hard).push({ x: r.left, y: r.top, width: r.width, height: r.height });
    const overlaps =
      r.left < card.x + card.width && card.x < r.right && r.top < card.y + card.height && card.y < r.bottom;
    if (overlaps)
      (isName ? coveredNames : covered).push(element.outerHTML.replace(/\s+/g, ' ').slice(0, 100));
  }
  const view = { width: win.innerWidth, height: win.innerHeight };
  return {
    card,
    inFrame: doc !== document,
    covered,
    coveredNames,
    hard,
    names,
    view,
    marked: target !== null,
  };
}

/** The card's box once it has stopped moving (the guide may still add a note, or follow a late target). */
async function settled(page: TestPage, what: string, messageClass: string): Promise<Seen> {
  let last = '';
  return poll(
    what,
    async () => {
      const found = await page.evaluate(cardBoxInPage, 12);
      const seen = found && (await page.evaluate(inspect, { marker: MARKER, messageClass, found }));
      const now = JSON.stringify(seen);
      const stable = seen !== null && now === last;
      last = now;
      return stable ? seen : null;
    },
    20_000,
  );
}

/** Screens where the guide has something to say (the others never show a card). */
const GUIDED = SCREENS.filter((s) => s.steps.length > 0);

/** The variants a screen is seen in: all of them, or one timing per static variant, rotated by screen. */
function variantsOf(screenIndex: number): readonly Variant[] {
  if (process.env.OVERLAP_ALL === '1') return ALL_VARIANTS;
  const statics = ALL_VARIANTS.filter((v) => v.timing === 'normal');
  return statics.map((v, k) => ({ ...v, timing: TIMINGS[(k + screenIndex) % TIMINGS.length] ?? 'normal' }));
}

describe.each(BROWSERS)('%s: the card never hides the portal', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });

  it.each(GUIDED.map((s, i) => [s.id, s, i] as const))(
    '%s, in every variant, at 1280×800 and 1024×700',
    async (_id, screen, screenIndex) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      let badges = 0;
      let overLabels = 0;
      for (const variant of variantsOf(screenIndex)) {
        const messageClass = cls(variant.markup, 'alert');
        await page.setViewport(VIEWPORTS[0].width, VIEWPORTS[0].height);
        await page.goto(pageUrl(screen, variant));
        for (const [index, view] of VIEWPORTS.entries()) {
          if (index > 0) await page.setViewport(view.width, view.height);
          const where = `${screen.id} ${key(variant)} ${view.width}×${view.height}`;
          const seen = await settled(page, `the card on ${where}`, messageClass);
          if (seen.card.height < 60) badges++;
          if (seen.covered.length > 0)
            problems.push(`${where}: card ${JSON.stringify(seen.card)} covers ${seen.covered.join(' | ')}`);
          // A label (or a field's own row) covered is wrong wherever a place of the card's size clears them all.
          const clear = placeCard(seen.view, seen.card, null, {
            hard: [...seen.hard, ...seen.names],
            soft: [],
          });
          if (seen.coveredNames.length > 0 && clear)
            problems.push(
              `${where}: card ${JSON.stringify(seen.card)} covers ${seen.coveredNames.join(' | ')}, though ${JSON.stringify(clear)} covers nothing`,
            );
          if (seen.coveredNames.length > 0 && !clear) overLabels++;
        }
      }
      if (badges > 0) console.info(`[overlap] ${name} ${screen.id}: ${badges} views showed the badge`);
      if (overLabels > 0)
        console.info(`[overlap] ${name} ${screen.id}: ${overLabels} views had no place clear of every label`);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    600_000,
  );
});
