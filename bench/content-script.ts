import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type BenchChromium, launchChromium } from './browser.ts';
import { NotMeasured, percentile, round } from './figure.ts';
import { guidePages, logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';
import {
  measureSpans,
  sampledScriptMs,
  scriptTime,
  spansMs,
  timeOriginInTrace,
  traceWhile,
} from './trace.ts';

// Main-thread time of the content script per page, from its injection until it marks the target, read from a
// browser trace (outside the extension): the guide's own User Timing measures (one per work pass) for its passes,
// and V8's sampling profiler for its work outside them. The measures also align the trace with the page's clock.

export const PASS_MEASURE = 'onss-guide:pass';
const MARKER_ATTRIBUTE = 'data-onss-guide-target';
const ROUNDS = 3;
const HINT_TIMEOUT_MS = 5_000;

const planned: PlannedFigure[] = [
  {
    key: 'contentScript.p50Ms',
    unit: 'ms',
    target: { op: '<=', value: 10 },
    method: `Median over replica page loads in Chromium (${ROUNDS} rounds over the guided pages, logged in) of the content script's main-thread time from injection until it marks the target, from a DevTools trace of each load: the wall time of the guide's work passes (its '${PASS_MEASURE}' User Timing measures) plus, outside them, V8's profiler samples with a function of content.js on the stack (its evaluation, its lazy start-up, promise jobs, listeners), up to the marking, whose time an observer in the page notes.`,
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
  /** The guide's passes (wall time of its User Timing measures) plus the profiler's samples of it outside them. */
  totalMs: number;
  passesMs: number;
  /** Samples of the script outside its passes: its evaluation, the lazy start-up, promise jobs, listeners. */
  outsideMs: number;
  /** The trace's own events for the script (evaluation + callbacks): they miss promise jobs. */
  eventsMs: number;
}

async function loadTime(
  context: BrowserContext,
  page: Page,
  url: string,
  script: string,
): Promise<LoadTime | null> {
  const session = await context.newCDPSession(page);
  let markedAt: number | undefined;
  const events = await traceWhile(session, async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
    const marked = await page
      .waitForFunction(() => (window as unknown as { __benchMarkedAt?: number }).__benchMarkedAt, undefined, {
        timeout: HINT_TIMEOUT_MS,
      })
      .catch(() => null);
    if (marked) markedAt = (await marked.jsonValue()) as number;
  });
  await session.detach();
  if (markedAt === undefined) return null;
  const origin = timeOriginInTrace(events, PASS_MEASURE);
  if (origin === undefined) throw new Error(`no '${PASS_MEASURE}' measure in the trace of ${url}`);
  const until = origin.originTs + markedAt * 1000;
  const { evaluateMs, callbacksMs } = scriptTime(events, script, until);
  if (evaluateMs === 0) throw new Error(`the trace of ${url} shows no evaluation of ${script}`);
  const spans = measureSpans(events, PASS_MEASURE, origin.pid, until);
  const passesMs = spansMs(spans);
  const outsideMs = sampledScriptMs(events, script, origin.pid, until, spans);
  if (sampledScriptMs(events, script, origin.pid, until) === 0)
    throw new Error(`the profiler saw no sample of ${script} on ${url}`);
  return { totalMs: passesMs + outsideMs, passesMs, outsideMs, eventsMs: evaluateMs + callbacksMs };
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
            passesP50Ms: p((t) => t.passesMs, 50),
            outsidePassesP50Ms: p((t) => t.outsideMs, 50),
            traceEventsOnlyP50Ms: p((t) => t.eventsMs, 50),
          },
        ),
        measured(
          planned,
          'contentScript.p95Ms',
          p((t) => t.totalMs, 95),
          {
            passesP95Ms: p((t) => t.passesMs, 95),
          },
        ),
      ];
    } finally {
      await browser?.context.close();
    }
  },
};
