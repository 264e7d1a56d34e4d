import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type BenchChromium, launchChromium, withChromiumPair } from './browser.ts';
import { median, percentile, round } from './figure.ts';
import { benchPages, logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Page load with the extension / without: Chromium instances side by side, loads rotated one for one. A third
// instance carries the same extension with an empty content.js: Chromium's own cost of injecting any content
// script (an isolated world, the extension API objects), which it may do before the load event, so a reader can
// tell that cost from what our code adds.

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
      'The median with the extension divided by the median with the emptied content.js, from the same run: what our code adds to page load beyond that.',
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

/** Loads `url` in `page` and returns the document's load time (navigation start to the end of the load event). */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  // A redirect (to the log-in, say) would time another page than the one named.
  if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
  // loadEventEnd is set just after the load handlers return; wait for it rather than read a zero.
  const handle = await page.waitForFunction(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd - nav.startTime : 0;
  });
  return (await handle.jsonValue()) as number;
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
    const emptied = join(env.tmp, 'dist-empty-content');
    cpSync(env.dist, emptied, { recursive: true });
    writeFileSync(join(emptied, 'content.js'), '');
    return withChromiumPair(env, async ({ withExt, without }) => {
      env.chromiumVersion ??= withExt.version;
      const { server, certs } = await env.replica();
      let empty: BenchChromium | undefined;
      try {
        empty = await launchChromium({
          extension: emptied,
          port: server.port,
          spkiHash: certs.spkiHash,
          tmp: env.tmp,
        });
        const pages = {
          with: await withExt.context.newPage(),
          without: await without.context.newPage(),
          empty: await empty.context.newPage(),
        };
        const sides = ['with', 'without', 'empty'] as const;
        for (const side of sides) await logIn(pages[side]);
        const times = { with: [] as number[], without: [] as number[], empty: [] as number[] };
        for (let i = 0; i < WARMUP + LOADS; i++) {
          const url = urls[i % urls.length] as string;
          // Each side goes first, second and third in turn.
          for (let k = 0; k < sides.length; k++) {
            const side = sides[(i + k) % sides.length] as (typeof sides)[number];
            const ms = await loadTime(pages[side], url);
            await settle(pages[side]);
            if (i >= WARMUP) times[side].push(ms);
          }
        }
        return figures(times, urls.length);
      } finally {
        await empty?.context.close();
      }
    });
  },
};

function figures(times: Record<'with' | 'without' | 'empty', number[]>, pageCount: number) {
  // Each iteration loads the same URL on every side: the median of those paired ratios is a second reading.
  const paired = median(times.with.map((ms, i) => ms / (times.without[i] as number)));
  const withMs = median(times.with);
  const withoutMs = median(times.without);
  const emptyMs = median(times.empty);
  return [
    measured(planned, 'pageLoad.ratio', round(withMs / withoutMs, 3), {
      loadsEach: LOADS,
      pages: pageCount,
      settleMs: SETTLE_MS,
      medianPairedRatio: round(paired, 3),
    }),
    measured(planned, 'pageLoad.emptyScriptRatio', round(emptyMs / withoutMs, 3), {
      emptyScriptMs: round(emptyMs),
    }),
    measured(planned, 'pageLoad.overEmptyScriptRatio', round(withMs / emptyMs, 3)),
    measured(planned, 'pageLoad.withMs', round(withMs), { p95Ms: round(percentile(times.with, 95)) }),
    measured(planned, 'pageLoad.withoutMs', round(withoutMs), {
      p95Ms: round(percentile(times.without, 95)),
    }),
  ];
}
