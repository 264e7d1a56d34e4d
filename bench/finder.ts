import { screenUrl } from '../replica/render/screens.ts';
import type { StepId } from '../src/shared/steps.ts';
import { loadGenerator } from './engine-suite.ts';
import { median, round } from './figure.ts';
import type { FinderRun } from './finder-entry.ts';
import { bundleEntry, openEnginePage } from './in-page.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Recognition + finding on large generated pages (the engine's generator pads the users list of access management
// with realistic rows and decoys), timed inside real Chromium.

const SIZES = [1_000, 10_000, 50_000] as const;
const RUNS = 7;
/** Untimed runs first, so the engine's code is compiled before timing; fewer where a run takes seconds. */
const warmups = (size: number) => (size <= 10_000 ? 3 : 1);
/** Fewer runs (never under MIN_RUNS) when a size takes long, to keep the whole benchmark within minutes. */
const MIN_RUNS = 3;
const BUDGET_MS = 8_000;
/** The page the generated content belongs to (the engine takes the URL as a hint). */
const URL_OF_PAGE = screenUrl('am-users', 'fr');

const sizeKey = (size: number) => `finder.msAt${size / 1000}k`;

const planned: PlannedFigure[] = [
  ...SIZES.map(
    (size): PlannedFigure => ({
      key: sizeKey(size),
      unit: 'ms',
      ...(size === 50_000 ? { target: { op: '<=' as const, value: 50 } } : {}),
      method: `Median of up to ${RUNS} timed runs (at least ${MIN_RUNS} when a size takes over ${BUDGET_MS / 1000} s), after untimed warm-up runs, in a Chromium page of one scan + recognizePage + findTarget, as the content script does per pass, on the engine's generated users-list page of about ${size.toLocaleString('en-US')} elements (largePageHtml), timed with performance.now() inside the page; beside it the fastest run (minMs), near the code's own cost when the shared machine is busy.`,
    }),
  ),
  {
    key: 'finder.perElementGrowth',
    unit: 'ratio',
    target: { op: '<=', value: 1 },
    method:
      'Time per element at 50k divided by time per element at 1k, from the medians above: 1 means linear growth, less means the fixed part dominates, more means worse than linear.',
  },
];

/** Replaces the page's document content with `html` (scripts in it do not run; the engine's bundle stays). */
function show(html: string): void {
  const root = document.documentElement;
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  if (lang) root.setAttribute('lang', lang);
  root.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
}

export const finder: Section = {
  name: 'finder on 1k/10k/50k-element pages',
  planned,
  async measure(env) {
    const { largePageHtml } = await loadGenerator();
    const { browser, page, version } = await openEnginePage(
      await bundleEntry('bench/finder-entry.ts', env.root),
      env.tmp,
    );
    env.chromiumVersion ??= version;
    try {
      const perSize: { size: number; ms: number; minMs: number; runs: number; last: FinderRun }[] = [];
      for (const size of SIZES) {
        const { html, step } = largePageHtml(size);
        await page.evaluate(show, html);
        const runs: FinderRun[] = [];
        const started = Date.now();
        const warm = warmups(size);
        while (
          runs.length < warm + RUNS &&
          (runs.length < warm + MIN_RUNS || Date.now() - started < BUDGET_MS)
        )
          runs.push(
            await page.evaluate(
              ([url, s]) =>
                (
                  globalThis as unknown as { onssFinder: { run: (u: string, s: StepId) => FinderRun } }
                ).onssFinder.run(url, s),
              [URL_OF_PAGE, step] as const,
            ),
          );
        const timed = runs.slice(warm);
        perSize.push({
          size,
          ms: median(timed.map((r) => r.ms)),
          minMs: Math.min(...timed.map((r) => r.ms)),
          runs: timed.length,
          last: timed[timed.length - 1] as FinderRun,
        });
      }
      const figures = perSize.map(({ size, ms, minMs, runs, last }) =>
        measured(planned, sizeKey(size), round(ms), {
          runs,
          minMs: round(minMs),
          elements: last.elements,
          recognized: last.recognized ?? 'none',
          found: last.found ?? 'nothing',
        }),
      );
      const [small, , large] = perSize;
      if (small && large) {
        const perElement = (p: typeof small) => p.ms / p.last.elements;
        figures.push(
          measured(planned, 'finder.perElementGrowth', round(perElement(large) / perElement(small), 3)),
        );
      }
      return figures;
    } finally {
      await browser.close();
    }
  },
};
