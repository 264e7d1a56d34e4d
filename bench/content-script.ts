import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type BenchChromium, launchChromium } from './browser.ts';
import { NotMeasured, percentile, round } from './figure.ts';
import { guidePages, logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Main-thread time of the content script per page, read from the performance timeline it shares with the page:
// the guide wraps each of its work passes in performance.measure('onss-guide:pass', …).

export const PASS_MEASURE = 'onss-guide:pass';
const MARKER_ATTRIBUTE = 'data-onss-guide-target';
const ROUNDS = 3;
const HINT_TIMEOUT_MS = 5_000;

const planned: PlannedFigure[] = [
  {
    key: 'contentScript.p50Ms',
    unit: 'ms',
    target: { op: '<=', value: 10 },
    method: `Median over replica page loads in Chromium of the summed durations of the content script's '${PASS_MEASURE}' performance measures (one around each of its work passes, read from the page's timeline) from injection until the pass that marks the target (${MARKER_ATTRIBUTE}), ${ROUNDS} rounds over the guided pages.`,
  },
  {
    key: 'contentScript.p95Ms',
    unit: 'ms',
    method: 'The 95th percentile (nearest rank) of the same per-page sums.',
  },
];

/** In the page's own world, before any script: note when the guide first marks an element. */
function watchMarker(attribute: string): void {
  const w = window as unknown as { __benchMarkedAt?: number };
  const observer = new MutationObserver(() => {
    if (document.querySelector(`[${attribute}]`)) {
      w.__benchMarkedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [attribute],
  });
}

/** Loads the page and returns the content script's main-thread time until the target was marked (null if never). */
async function contentTime(page: Page, url: string): Promise<number | null> {
  await page.goto(url, { waitUntil: 'load' });
  const marked = await page
    .waitForFunction(() => (window as unknown as { __benchMarkedAt?: number }).__benchMarkedAt, undefined, {
      timeout: HINT_TIMEOUT_MS,
    })
    .then(() => true)
    .catch(() => false);
  if (!marked) return null;
  return page.evaluate((name) => {
    const until = (window as unknown as { __benchMarkedAt: number }).__benchMarkedAt;
    return performance
      .getEntriesByName(name, 'measure')
      .filter((m) => m.startTime <= until)
      .reduce((sum, m) => sum + m.duration, 0);
  }, PASS_MEASURE);
}

export const contentScript: Section = {
  name: 'content script time per page',
  planned,
  async measure(env) {
    if (!readFileSync(join(env.dist, 'content.js'), 'utf8').includes(PASS_MEASURE))
      throw new NotMeasured(
        `the content script does not measure its passes (performance.measure('${PASS_MEASURE}'))`,
      );
    const { server, certs } = await env.replica();
    let browser: BenchChromium | undefined;
    try {
      browser = await launchChromium({
        extension: env.dist,
        port: server.port,
        spkiHash: certs.spkiHash,
        tmp: env.tmp,
      });
      env.chromiumVersion ??= browser.version;
      await browser.context.addInitScript(watchMarker, MARKER_ATTRIBUTE);
      const page = await browser.context.newPage();
      await logIn(page);
      const sums: number[] = [];
      const silent: string[] = [];
      for (let pass = 0; pass < ROUNDS; pass++) {
        for (const url of guidePages()) {
          const ms = await contentTime(page, url);
          if (ms === null) silent.push(new URL(url).pathname);
          else sums.push(ms);
        }
      }
      if (sums.length === 0)
        throw new NotMeasured(`the guide marked no target on any of ${silent.length} page loads`);
      const detail = {
        loads: sums.length + silent.length,
        hintsShown: sums.length,
        ...(silent.length ? { noHintOn: [...new Set(silent)].join(' ') } : {}),
      };
      return [
        measured(planned, 'contentScript.p50Ms', round(percentile(sums, 50)), detail),
        measured(planned, 'contentScript.p95Ms', round(percentile(sums, 95))),
      ];
    } finally {
      await browser?.context.close();
    }
  },
};
