import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type BenchChromium, launchChromium, withChromiumPair } from './browser.ts';
import { median, percentile, round } from './figure.ts';
import { benchPages, logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Page load with the extension / without: Chromium instances side by side, loads rotated one for one. Two more
// instances are controls, so a reader can tell Chromium's cost from what our code adds: the same extension with an
// empty content.js (Chromium's cost of injecting any content script, which it does before the load event on a fast
// page), and the same extension without its manifest content script (the cost of the rest: the background, the
// storage, the permissions). The first paint of each load is kept beside its load time: what a person sees.

const LOADS = 30;
const WARMUP = 4;
/** After each load, both browsers wait this long and then for an idle period of the page before any next load. */
const SETTLE_MS = 250;

const planned: PlannedFigure[] = [
  {
    key: 'pageLoad.ratio',
    unit: 'ratio',
    target: { op: '<=', value: 1.05 },
    method: `Median navigation-timing loadEventEnd of replica pages in a Chromium with the extension divided by the same median in a Chromium without it, ${LOADS} loads each after ${WARMUP} warm-up loads, rotating the browsers load for load (each goes first in turn) over the same pages; after each load the page is left ${SETTLE_MS} ms and until an idle period, so that what runs after a load (the guide's work, which contentScript measures) does not fall into the next load of either browser.`,
  },
  {
    key: 'pageLoad.emptyScriptRatio',
    unit: 'ratio',
    method:
      'The same median in a third Chromium, with the same extension whose content.js is emptied, divided by the median without the extension, loads rotated among the three: the part of the ratio that any manifest content script costs in Chromium.',
  },
  {
    key: 'pageLoad.overEmptyScriptRatio',
    unit: 'ratio',
    method:
      'The median with the extension divided by the median with the emptied content.js, from the same run: what our scripts add to page load beyond that, with what leaving a page where they ran costs the next load (Chromium takes down their script context during the next navigation).',
  },
  {
    key: 'pageLoad.noContentScriptRatio',
    unit: 'ratio',
    method:
      'The same median in a fourth Chromium, with the same extension minus its manifest content script (the manifest without content_scripts), divided by the median without the extension, loads rotated among the four: what the extension costs page load apart from its content script.',
  },
  {
    key: 'pageLoad.firstPaintRatio',
    unit: 'ratio',
    method:
      'Median first-contentful-paint time (Paint Timing, from navigation start) of the same loads with the extension divided by the same median without it: when the page appears, rather than when its load event ends. The first paint is awaited after each load.',
  },
  {
    key: 'pageLoad.withMs',
    unit: 'ms',
    method: 'The median load time with the extension, from the same run as the ratio.',
  },
  {
    key: 'pageLoad.withoutMs',
    unit: 'ms',
    method: 'The median load time without the extension, from the same run as the ratio.',
  },
];

interface LoadTime {
  /** Navigation start to the end of the load event. */
  loadMs: number;
  /** Navigation start to the first contentful paint. */
  paintMs: number;
}

/** How long to wait for a loaded page's first paint before calling the measurement failed. */
const PAINT_TIMEOUT_MS = 5_000;

/** Loads `url` in `page` and returns the document's load time and first paint. */
async function loadTime(page: Page, url: string): Promise<LoadTime> {
  await page.goto(url, { waitUntil: 'load' });
  // A redirect (to the log-in, say) would time another page than the one named.
  if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
  // loadEventEnd is set just after the load handlers return, and the first paint may follow the load event: wait
  // for both rather than read a zero.
  const handle = await page.waitForFunction(
    () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return nav && nav.loadEventEnd > 0 && paint
        ? { loadMs: nav.loadEventEnd - nav.startTime, paintMs: paint.startTime - nav.startTime }
        : null;
    },
    undefined,
    { timeout: PAINT_TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as LoadTime;
}

/** A copy of the built extension in the benchmark's folder, which `edit` changes in place. */
function variant(env: { dist: string; tmp: string }, name: string, edit: (dir: string) => void): string {
  const dir = join(env.tmp, name);
  cpSync(env.dist, dir, { recursive: true });
  edit(dir);
  return dir;
}

/**
 * Lets the page finish what follows its load before the next load in either browser starts. On this 2-core machine
 * the guide's after-load work (content.js's gate, the injected guide, its passes) otherwise lands in the next
 * navigation: of the same browser (delaying the commit of its next page) or of the other one (competing for the CPU),
 * which charges it to page load in one direction or the other.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve) =>
        setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), ms),
      ),
    SETTLE_MS,
  );
}

export const pageLoad: Section = {
  name: 'page load with / without the extension',
  planned,
  async measure(env) {
    const urls = benchPages();
    const emptied = variant(env, 'dist-empty-content', (dir) => writeFileSync(join(dir, 'content.js'), ''));
    const scriptless = variant(env, 'dist-no-content-script', (dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      delete manifest.content_scripts;
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    });
    return withChromiumPair(env, async ({ withExt, without }) => {
      env.chromiumVersion ??= withExt.version;
      const { server, certs } = await env.replica();
      const controls: BenchChromium[] = [];
      try {
        for (const extension of [emptied, scriptless])
          controls.push(
            await launchChromium({ extension, port: server.port, spkiHash: certs.spkiHash, tmp: env.tmp }),
          );
        const [empty, withoutScript] = controls as [BenchChromium, BenchChromium];
        const pages: Record<Side, Page> = {
          with: await withExt.context.newPage(),
          without: await without.context.newPage(),
          empty: await empty.context.newPage(),
          scriptless: await withoutScript.context.newPage(),
        };
        for (const side of SIDES) await logIn(pages[side]);
        const times: Record<Side, LoadTime[]> = { with: [], without: [], empty: [], scriptless: [] };
        for (let i = 0; i < WARMUP + LOADS; i++) {
          const url = urls[i % urls.length] as string;
          // Each side goes first, second, third and fourth in turn.
          for (let k = 0; k < SIDES.length; k++) {
            const side = SIDES[(i + k) % SIDES.length] as Side;
            const time = await loadTime(pages[side], url);
            await settle(pages[side]);
            if (i >= WARMUP) times[side].push(time);
          }
        }
        return figures(times, urls.length);
      } finally {
        for (const control of controls) await control.context.close();
      }
    });
  },
};

const SIDES = ['with', 'without', 'empty', 'scriptless'] as const;
type Side = (typeof SIDES)[number];

function figures(times: Record<Side, LoadTime[]>, pageCount: number) {
  const perSide = <T>(of: (side: Side) => T) =>
    Object.fromEntries(SIDES.map((side) => [side, of(side)])) as Record<Side, T>;
  const loads = perSide((side) => times[side].map((t) => t.loadMs));
  const load = perSide((side) => median(loads[side]));
  const paint = perSide((side) => median(times[side].map((t) => t.paintMs)));
  // Each iteration loads the same URL on every side: the median of those paired ratios is a second reading.
  const paired = median(loads.with.map((ms, i) => ms / (loads.without[i] as number)));
  return [
    measured(planned, 'pageLoad.ratio', round(load.with / load.without, 3), {
      loadsEach: LOADS,
      pages: pageCount,
      settleMs: SETTLE_MS,
      medianPairedRatio: round(paired, 3),
    }),
    measured(planned, 'pageLoad.emptyScriptRatio', round(load.empty / load.without, 3), {
      emptyScriptMs: round(load.empty),
    }),
    measured(planned, 'pageLoad.overEmptyScriptRatio', round(load.with / load.empty, 3)),
    measured(planned, 'pageLoad.noContentScriptRatio', round(load.scriptless / load.without, 3), {
      noContentScriptMs: round(load.scriptless),
    }),
    measured(planned, 'pageLoad.firstPaintRatio', round(paint.with / paint.without, 3), {
      withMs: round(paint.with),
      withoutMs: round(paint.without),
      emptyScriptMs: round(paint.empty),
    }),
    measured(planned, 'pageLoad.withMs', round(load.with), { p95Ms: round(percentile(loads.with, 95)) }),
    measured(planned, 'pageLoad.withoutMs', round(load.without), {
      p95Ms: round(percentile(loads.without, 95)),
    }),
  ];
}
