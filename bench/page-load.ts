import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type BenchChromium, launchChromium, managedReady, withChromiumPair } from './browser.ts';
import { median, medianInterval, percentile, round } from './figure.ts';
import { benchPages, logIn } from './pages.ts';
import { buildPeer, PEER_SELECTOR } from './peer.ts';
import { machineQuiet } from './quiet.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Page load with the extension / without: Chromium instances side by side, loads interleaved one for one. Two more
// instances are controls, so a reader can tell Chromium's cost from what our code adds: the same extension with an
// empty content.js (Chromium's cost of injecting any content script, which it does before the load event on a fast
// page), and the same extension without its manifest content script (the cost of the rest: the background, the
// storage, the permissions). The first paint of each load is kept beside its load time: what a person sees. A fifth
// instance carries the peer (bench/peer.ts): a Driver.js tour, what a firm would otherwise install.

/** Loads per browser at least; then more, in steps, until the intervals are narrow enough or MAX_LOADS. */
const LOADS = 30;
const STEP = 10;
/** `BENCH_PAGE_LOADS_MAX=60 npm run bench -- page` for a shorter partial run. */
const MAX_LOADS = Number(process.env.BENCH_PAGE_LOADS_MAX ?? 200);
/** The 95 % intervals of the paired differences are kept loading for until narrower than this. */
const NARROW_MS = 5;
const WARMUP = 4;
/** After each load, both browsers wait this long and then for an idle period of the page before any next load. */
const SETTLE_MS = 250;

const planned: PlannedFigure[] = [
  {
    key: 'pageLoad.ratio',
    unit: 'ratio',
    target: { op: '<=', value: 1.05 },
    method: `Median navigation-timing loadEventEnd of replica pages in a Chromium with the extension divided by the same median in a Chromium without it, ${LOADS} to ${MAX_LOADS} loads each (see pageLoad.addedMs) after ${WARMUP} warm-up loads, the browsers loading the same page in each iteration in the orders of a Williams design (over every ten iterations, each browser loads first, last and right after each other one equally often); after each load the page is left ${SETTLE_MS} ms and until an idle period, and then until the machine's processors are quiet (a 100 ms window at least 90 % idle; the loads after which they were not within 3 s are counted, notQuietAfter), so that what runs after a load (the guide's work, which contentScript measures, a service worker's writes, another tour's animation) does not fall into the next load of any browser.`,
  },
  {
    key: 'pageLoad.emptyScriptRatio',
    unit: 'ratio',
    method:
      'The same median in a third Chromium, with the same extension whose content.js is emptied, divided by the median without the extension, in the same rotation: the part of the ratio that any manifest content script costs in Chromium.',
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
      'The same median in a fourth Chromium, with the same extension minus its manifest content script (the manifest without content_scripts), divided by the median without the extension, in the same rotation: what the extension costs page load apart from its content script.',
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
  {
    key: 'pageLoad.addedMs',
    unit: 'ms',
    method: `Median of the paired differences, load for load (same page, same iteration of the rotation), of the load time with the extension minus without it, with its 95 % interval (the sign test's, from order statistics: no assumption on the distribution); the rotation goes on past ${LOADS} loads, ${STEP} at a time, until this interval and the emptied content script's are both narrower than ${NARROW_MS} ms, or ${MAX_LOADS} loads.`,
  },
  {
    key: 'pageLoad.emptyScriptAddedMs',
    unit: 'ms',
    method:
      'The same median of paired differences and interval for the extension with an emptied content.js: the floor, what Chromium charges page load for any manifest content script.',
  },
  {
    key: 'pageLoad.ourCodeMs',
    unit: 'ms',
    target: { op: '<=', value: 2 },
    method:
      'pageLoad.addedMs minus pageLoad.emptyScriptAddedMs: what our code adds to page load over the floor; beside it the median of the paired differences with the extension minus with the emptied content.js, with its 95 % interval.',
  },
  {
    key: 'pageLoad.peerRatio',
    unit: 'ratio',
    target: { op: '<=', value: 1.0 },
    method: `The median load time with our extension divided by the median with the peer, a reference extension the benchmark builds (bench/peer.ts) the way a firm would build a tour with an off-the-shelf library: Driver.js in a manifest content script on the same hosts and frames, at the same run_at, highlighting '${PEER_SELECTOR}' with a popover on every page; its Chromium is a fifth one in the same rotation. Beside it the peer's own paired difference over no extension, with its interval.`,
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
    const peer = await buildPeer(env.dist, join(env.tmp, 'dist-peer'), env.root);
    return withChromiumPair(env, async ({ withExt, without }) => {
      env.chromiumVersion ??= withExt.version;
      const { server, certs } = await env.replica();
      const controls: BenchChromium[] = [];
      try {
        for (const extension of [emptied, scriptless, peer])
          controls.push(
            await launchChromium({
              extension,
              port: server.port,
              spkiHash: certs.spkiHash,
              tmp: env.tmp,
              // The peer has no background.
              worker: extension !== peer,
            }),
          );
        const [empty, withoutScript, withPeer] = controls as [BenchChromium, BenchChromium, BenchChromium];
        const pages: Record<Side, Page> = {
          with: await withExt.context.newPage(),
          without: await without.context.newPage(),
          empty: await empty.context.newPage(),
          scriptless: await withoutScript.context.newPage(),
          peer: await withPeer.context.newPage(),
        };
        // The guide's steady state, as in the other sections (contentScript.firstHintMs measures a session's start).
        for (const browser of [withExt, empty, withoutScript]) await managedReady(browser);
        for (const side of SIDES) await logIn(pages[side], side === 'peer');
        const times: Record<Side, LoadTime[]> = {
          with: [],
          without: [],
          empty: [],
          scriptless: [],
          peer: [],
        };
        /** Loads after which the machine did not become quiet before the next one. */
        let notQuiet = 0;
        for (let i = 0; i < WARMUP + MAX_LOADS; i++) {
          const url = urls[i % urls.length] as string;
          for (const side of orderOf(i)) {
            const time = await loadTime(pages[side], url);
            await settle(pages[side]);
            if (!(await machineQuiet()) && i >= WARMUP) notQuiet += 1;
            if (i >= WARMUP) times[side].push(time);
          }
          const loads = i + 1 - WARMUP;
          if (loads >= LOADS && loads % STEP === 0 && narrowEnough(times)) break;
        }
        return figures(times, urls.length, notQuiet);
      } finally {
        for (const control of controls) await control.context.close();
      }
    });
  },
};

const SIDES = ['with', 'without', 'empty', 'scriptless', 'peer'] as const;
type Side = (typeof SIDES)[number];

/**
 * The orders of the sides, by iteration: a Williams design (the rows (x + r) mod n of 0, 1, n−1, 2, n−2, … and,
 * for an odd n, the same rows reversed). Over its 2n rows each side comes first, last and right after each other
 * side equally often. A fixed cycle put the same browser before the same next one every time, and charged the
 * first one's lingering work (the peer's highlight) to the second one's load.
 */
function williamsDesign(n: number): number[][] {
  const first = [0];
  for (let k = 1; first.length < n; k++) {
    first.push(k);
    if (first.length < n) first.push(n - k);
  }
  const rows = Array.from({ length: n }, (_, r) => first.map((x) => (x + r) % n));
  return n % 2 === 0 ? rows : [...rows, ...rows.map((row) => [...row].reverse())];
}

const ORDERS = williamsDesign(SIDES.length).map((row) => row.map((x) => SIDES[x] as Side));

/** The order of the sides in iteration `i` (the measured iterations start the design's first row). */
export function orderOf(i: number): Side[] {
  const row = (((i - WARMUP) % ORDERS.length) + ORDERS.length) % ORDERS.length;
  return ORDERS[row] as Side[];
}

/** Load for load differences (ms) of `side` minus `base`: the same page in the same iteration. */
function paired(times: Record<Side, LoadTime[]>, side: Side, base: Side): number[] {
  return times[side].map((t, i) => t.loadMs - (times[base][i]?.loadMs ?? Number.NaN));
}

function width(differences: number[]): number {
  const interval = medianInterval(differences);
  return interval ? interval[1] - interval[0] : Number.POSITIVE_INFINITY;
}

function narrowEnough(times: Record<Side, LoadTime[]>): boolean {
  return (
    width(paired(times, 'with', 'without')) < NARROW_MS &&
    width(paired(times, 'empty', 'without')) < NARROW_MS
  );
}

/** A median of paired differences with its 95 % interval, as a figure's value and detail. */
function difference(differences: number[]) {
  const [low, high] = medianInterval(differences) ?? [Number.NaN, Number.NaN];
  return {
    value: round(median(differences)),
    detail: {
      ciLowMs: round(low),
      ciHighMs: round(high),
      ciWidthMs: round(high - low),
      pairs: differences.length,
    },
  };
}

function figures(times: Record<Side, LoadTime[]>, pageCount: number, notQuiet: number) {
  const perSide = <T>(of: (side: Side) => T) =>
    Object.fromEntries(SIDES.map((side) => [side, of(side)])) as Record<Side, T>;
  const loads = perSide((side) => times[side].map((t) => t.loadMs));
  const load = perSide((side) => median(loads[side]));
  const paint = perSide((side) => median(times[side].map((t) => t.paintMs)));
  // Each iteration loads the same URL on every side: the median of those paired ratios is a second reading.
  const pairedRatio = median(loads.with.map((ms, i) => ms / (loads.without[i] as number)));
  const added = difference(paired(times, 'with', 'without'));
  const emptyAdded = difference(paired(times, 'empty', 'without'));
  const overEmpty = difference(paired(times, 'with', 'empty'));
  const peerAdded = difference(paired(times, 'peer', 'without'));
  return [
    measured(planned, 'pageLoad.ratio', round(load.with / load.without, 3), {
      loadsEach: loads.with.length,
      pages: pageCount,
      settleMs: SETTLE_MS,
      notQuietAfter: notQuiet,
      medianPairedRatio: round(pairedRatio, 3),
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
    measured(planned, 'pageLoad.addedMs', added.value, added.detail),
    measured(planned, 'pageLoad.emptyScriptAddedMs', emptyAdded.value, emptyAdded.detail),
    measured(planned, 'pageLoad.ourCodeMs', round(added.value - emptyAdded.value), {
      pairedOverEmptyMs: overEmpty.value,
      ...Object.fromEntries(Object.entries(overEmpty.detail).map(([k, v]) => [`pairedOverEmpty:${k}`, v])),
    }),
    measured(planned, 'pageLoad.peerRatio', round(load.with / load.peer, 3), {
      peerMs: round(load.peer),
      peerAddedMs: peerAdded.value,
      ...Object.fromEntries(Object.entries(peerAdded.detail).map(([k, v]) => [`peerAdded:${k}`, v])),
    }),
  ];
}
