import type { Page } from 'playwright-core';
import { withChromiumPair } from './browser.ts';
import { median, percentile, round } from './figure.ts';
import { benchPages, logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Page load with the extension / without: two Chromium instances side by side, loads alternated one for one.

const LOADS = 30;
const WARMUP = 4;
/** After each load, both browsers wait this long and then for an idle period of the page before any next load. */
const SETTLE_MS = 250;

const planned: PlannedFigure[] = [
  {
    key: 'pageLoad.ratio',
    unit: 'ratio',
    target: { op: '<=', value: 1.05 },
    method: `Median navigation-timing loadEventEnd of replica pages in a Chromium with the extension divided by the same median in a Chromium without it, ${LOADS} loads each after ${WARMUP} warm-up loads, alternating the two browsers load for load (and which goes first) over the same pages; after each load the page is left ${SETTLE_MS} ms and until an idle period, so that what runs after a load (the guide's work, which contentScript measures) does not fall into the next load of either browser.`,
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
    return withChromiumPair(env, async ({ withExt, without }) => {
      env.chromiumVersion ??= withExt.version;
      const pages = { with: await withExt.context.newPage(), without: await without.context.newPage() };
      await logIn(pages.with);
      await logIn(pages.without);
      const times = { with: [] as number[], without: [] as number[] };
      for (let i = 0; i < WARMUP + LOADS; i++) {
        const url = urls[i % urls.length] as string;
        const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        for (const side of order) {
          const ms = await loadTime(pages[side], url);
          await settle(pages[side]);
          if (i >= WARMUP) times[side].push(ms);
        }
      }
      // Each iteration loads the same URL on both sides: the median of those paired ratios is a second reading.
      const paired = median(times.with.map((ms, i) => ms / (times.without[i] as number)));
      const withMs = median(times.with);
      const withoutMs = median(times.without);
      return [
        measured(planned, 'pageLoad.ratio', round(withMs / withoutMs, 3), {
          loadsEach: LOADS,
          pages: urls.length,
          settleMs: SETTLE_MS,
          medianPairedRatio: round(paired, 3),
        }),
        measured(planned, 'pageLoad.withMs', round(withMs), { p95Ms: round(percentile(times.with, 95)) }),
        measured(planned, 'pageLoad.withoutMs', round(withoutMs), {
          p95Ms: round(percentile(times.without, 95)),
        }),
      ];
    });
  },
};
