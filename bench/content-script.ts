import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type BenchChromium, launchChromium } from './browser.ts';
import { NotMeasured, percentile, round } from './figure.ts';
import { guidePages, logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';
import { scriptTime, timeOriginInTrace, traceWhile } from './trace.ts';

// Main-thread time of the content script per page, from its injection until it marks the target, read from a
// browser trace (outside the extension). The guide's own User Timing measures (one per work pass) align the trace
// with the page's clock and give a second reading that leaves out the script's evaluation.

export const PASS_MEASURE = 'onss-guide:pass';
const MARKER_ATTRIBUTE = 'data-onss-guide-target';
const ROUNDS = 3;
const HINT_TIMEOUT_MS = 5_000;

const planned: PlannedFigure[] = [
  {
    key: 'contentScript.p50Ms',
    unit: 'ms',
    target: { op: '<=', value: 10 },
    method: `Median over replica page loads in Chromium (${ROUNDS} rounds over the guided pages, logged in) of the content script's main-thread time from injection until it marks the target, read from a DevTools trace of each load: the evaluation of content.js plus every callback into it (FunctionCall) that started before the marking, whose time an observer in the page notes and the guide's '${PASS_MEASURE}' User Timing measures place on the trace clock (beside it: the evaluation of content.js alone, its first pass included, and the sum of the guide's own measures, which leaves the evaluation out).`,
  },
  {
    key: 'contentScript.p95Ms',
    unit: 'ms',
    method: 'The 95th percentile (nearest rank) of the same per-load times.',
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

interface LoadTime {
  totalMs: number;
  evaluateMs: number;
  /** The sum of the guide's own pass measures until the marking (no script evaluation in it). */
  passesMs: number;
}

async function loadTime(
  context: BrowserContext,
  page: Page,
  url: string,
  script: string,
): Promise<LoadTime | null> {
  const session = await context.newCDPSession(page);
  let markedAt: number | undefined;
  let passesMs = 0;
  const events = await traceWhile(session, async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
    const marked = await page
      .waitForFunction(() => (window as unknown as { __benchMarkedAt?: number }).__benchMarkedAt, undefined, {
        timeout: HINT_TIMEOUT_MS,
      })
      .catch(() => null);
    if (!marked) return;
    markedAt = (await marked.jsonValue()) as number;
    passesMs = await page.evaluate(
      ([name, until]) =>
        performance
          .getEntriesByName(name, 'measure')
          .filter((m) => m.startTime <= until)
          .reduce((sum, m) => sum + m.duration, 0),
      [PASS_MEASURE, markedAt] as const,
    );
  });
  await session.detach();
  if (markedAt === undefined) return null;
  const origin = timeOriginInTrace(events, PASS_MEASURE);
  if (origin === undefined) throw new Error(`no '${PASS_MEASURE}' measure in the trace of ${url}`);
  const { evaluateMs, callbacksMs } = scriptTime(events, script, origin + markedAt * 1000);
  if (evaluateMs === 0) throw new Error(`the trace of ${url} shows no evaluation of ${script}`);
  return { totalMs: evaluateMs + callbacksMs, evaluateMs, passesMs };
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
      const script = `chrome-extension://${browser.extensionId}/content.js`;
      await browser.context.addInitScript(watchMarker, MARKER_ATTRIBUTE);
      const page = await browser.context.newPage();
      await logIn(page);
      const times: LoadTime[] = [];
      const silent: string[] = [];
      for (let pass = 0; pass < ROUNDS; pass++) {
        for (const url of guidePages()) {
          const time = await loadTime(browser.context, page, url, script);
          if (time) times.push(time);
          else silent.push(new URL(url).pathname);
        }
      }
      if (times.length === 0)
        throw new NotMeasured(`the guide marked no target on any of ${silent.length} page loads`);
      const p = (pick: (t: LoadTime) => number, q: number) => round(percentile(times.map(pick), q));
      return [
        measured(
          planned,
          'contentScript.p50Ms',
          p((t) => t.totalMs, 50),
          {
            loads: times.length + silent.length,
            hintsShown: times.length,
            ...(silent.length ? { noHintOn: [...new Set(silent)].join(' ') } : {}),
            scriptEvaluationP50Ms: p((t) => t.evaluateMs, 50),
            guidePassesOnlyP50Ms: p((t) => t.passesMs, 50),
          },
        ),
        measured(
          planned,
          'contentScript.p95Ms',
          p((t) => t.totalMs, 95),
          {
            guidePassesOnlyP95Ms: p((t) => t.passesMs, 95),
          },
        ),
      ];
    } finally {
      await browser?.context.close();
    }
  },
};
