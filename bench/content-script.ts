import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type BenchChromium, launchChromium, managedReady } from './browser.ts';
import { NotMeasured, percentile, round } from './figure.ts';
import { guidePages, idlePage, logIn } from './pages.ts';
import { buildPeer, PEER_POPOVER, PEER_SCRIPT, PEER_SELECTOR } from './peer.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';
import {
  commitInTrace,
  LONG_TASK_MS,
  type LongTask,
  longTasksOf,
  measureSpans,
  navigationStartInTrace,
  sampledScriptMs,
  scriptTime,
  spansMs,
  type TraceEvent,
  timeOriginInTrace,
  traceWhile,
} from './trace.ts';

// Main-thread time of the content script per page, from its injection until it marks the target, read from a
// browser trace (outside the extension): its own User Timing measures (one per work pass, the gate's in gate.js
// and the guide's in guide.js) for its passes, and V8's sampling profiler for its work outside them, in its three
// scripts (content.js from the manifest; gate.js and guide.js, injected by the background, run under their own
// URLs). The measures also align the trace with the page's clock.

export const PASS_MEASURE = 'onss-guide:pass';
const MARKER_ATTRIBUTE = 'data-onss-guide-target';
const ROUNDS = 3;
const HINT_TIMEOUT_MS = 5_000;
/** Browser sessions for contentScript.firstHintMs. */
const SESSIONS = 3;
/** The content script's stages: the loader and the gate on every page, the guide where the gate opens. Only the
 *  last two do work passes (content.js is a few hundred bytes: the profiler may see no sample of it). */
const SCRIPTS = ['content.js', 'gate.js', 'guide.js'] as const;
const WORKING: readonly string[] = ['gate.js', 'guide.js'];

const planned: PlannedFigure[] = [
  {
    key: 'contentScript.p50Ms',
    unit: 'ms',
    target: { op: '<=', value: 10 },
    method: `Median over replica page loads in Chromium (${ROUNDS} rounds over the guided pages, logged in, once storage.managed answers) of the main-thread time of the content script's three stages (content.js, the loader on every page; gate.js, the page reading the background injects after the load event; guide.js, which it injects where the gate opens) from injection until the guide marks the target, from a DevTools trace of each load: the wall time of their work passes (the '${PASS_MEASURE}' User Timing measures) plus, outside them, V8's profiler samples with a function of one of the three on the stack (evaluation, lazy start-up, promise jobs, listeners), up to the marking, whose time an observer in the page notes.`,
  },
  {
    key: 'contentScript.p95Ms',
    unit: 'ms',
    method: 'The 95th percentile (nearest rank) of the same per-load times.',
  },
  {
    key: 'contentScript.timeToHintMs',
    unit: 'ms',
    target: { op: '<=', value: 100 },
    method: `Median over the same guided pages (${ROUNDS} rounds, logged in, loaded again without tracing, which slows the page) of the time from the load event's start (navigation timing loadEventStart) until the guide marks the target (${MARKER_ATTRIBUTE}), which it does in the same task that shows the card, noted by an observer the page runs before any script; p95 beside it.`,
  },
  {
    key: 'contentScript.firstHintMs',
    unit: 'ms',
    method: `The same time to hint on the first page of a browser session, loaded as soon as the browser has started (a browser that restores the portal's tab): a profile with the extension installed and used once is started again (${SESSIONS} times) and the employer page (not logged in) loaded at once; median, with the slowest. Every page's context waits for the background's storage.managed reads, and Chromium answers the first ones of a session only once its policies are loaded, seconds after its start.`,
  },
  {
    key: 'contentScript.peerEventsMs',
    unit: 'ms',
    method: `For scale, the tour a firm would otherwise install (bench/peer.ts: Driver.js in a manifest content script, highlighting '${PEER_SELECTOR}' with a popover; no reading of the page), in its own Chromium on the same guided pages (${ROUNDS} rounds, logged in): median of its script's main-thread time by the trace's own events (evaluation and callbacks, as traceEventsOnlyP50Ms counts ours) from navigation until its popover shows; beside it ours by the same count and their ratio.`,
  },
  {
    key: 'contentScript.longTasks',
    unit: 'count',
    target: { op: '==', value: 0 },
    method: `Main-thread tasks longer than ${LONG_TASK_MS} ms (the Long Tasks API's threshold) in the traced loads of contentScript.p50Ms, from navigation until the marking, more than half of which was our three scripts' (their evaluation, calls into them and their work passes, as a union of spans), read from the trace's RunTask events (the Long Tasks API attributes a task to a frame, not to an extension's script); beside it the long tasks in which our code ran at all.`,
  },
];

/** In the page's own world, before any script: note when an element matching `selector` first appears (the
 *  guide's marked target, the peer's popover); `attribute`: the attribute whose setting can make one match. */
function watchMarker({ selector, attribute }: { selector: string; attribute?: string }): void {
  const w = window as unknown as { __benchMarkedAt?: number };
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) {
      w.__benchMarkedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: attribute !== undefined,
    ...(attribute ? { attributeFilter: [attribute] } : {}),
  });
}

const MARKED = { selector: `[${MARKER_ATTRIBUTE}]`, attribute: MARKER_ATTRIBUTE };

/** When (page clock) the guide marked its target on the page loaded, waiting up to HINT_TIMEOUT_MS; null if not. */
async function markTime(page: Page): Promise<number | null> {
  const marked = await page
    .waitForFunction(() => (window as unknown as { __benchMarkedAt?: number }).__benchMarkedAt, undefined, {
      timeout: HINT_TIMEOUT_MS,
    })
    .catch(() => null);
  return marked ? ((await marked.jsonValue()) as number) : null;
}

interface LoadTime {
  /** The guide's passes (wall time of its User Timing measures) plus the profiler's samples of it outside them. */
  totalMs: number;
  passesMs: number;
  /** Of passesMs, the passes that ended before guide.js was evaluated: gate.js's. */
  gatePassesMs: number;
  /** Samples of the scripts outside their passes: evaluation, the lazy start-up, promise jobs, listeners. */
  outsideMs: number;
  /** Of outsideMs, the samples of each script. */
  outsideByScript: number[];
  /** The trace's own events for the scripts (evaluation + callbacks): they miss promise jobs. */
  eventsMs: number;
  /** The main-thread tasks over LONG_TASK_MS in which our scripts ran. */
  longTasks: LongTask[];
}

/** Loads `url` under a trace until the watched element appears: the trace, and when (page clock) it appeared. */
async function tracedLoad(
  context: BrowserContext,
  page: Page,
  url: string,
): Promise<{ events: TraceEvent[]; markedAt: number | null }> {
  const session = await context.newCDPSession(page);
  let markedAt: number | null = null;
  const events = await traceWhile(session, async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
    markedAt = await markTime(page);
  });
  await session.detach();
  return { events, markedAt };
}

async function loadTime(
  context: BrowserContext,
  page: Page,
  url: string,
  scripts: readonly string[],
): Promise<LoadTime | null> {
  const { events, markedAt } = await tracedLoad(context, page, url);
  if (markedAt === null) return null;
  const origin = timeOriginInTrace(events, PASS_MEASURE, url);
  if (origin === undefined)
    throw new Error(`no '${PASS_MEASURE}' measure after the navigation to ${url} in its trace`);
  const until = origin.originTs + markedAt * 1000;
  // Every script must show in the trace under its URL, or its time would silently go uncounted. Their samples
  // and events are disjoint: none calls into another (they share no code at run time).
  let eventsMs = 0;
  for (const script of scripts) {
    const { evaluateMs, callbacksMs } = scriptTime(events, script, until);
    if (evaluateMs === 0) throw new Error(`the trace of ${url} shows no evaluation of ${script}`);
    const working = WORKING.some((file) => script.endsWith(`/${file}`));
    if (working && sampledScriptMs(events, script, origin.pid, until) === 0)
      throw new Error(`the profiler saw no sample of ${script} on ${url}`);
    eventsMs += evaluateMs + callbacksMs;
  }
  const spans = measureSpans(events, PASS_MEASURE, origin.pid, until);
  const passesMs = spansMs(spans);
  const guideStart = Math.min(
    ...events
      .filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/guide.js') && e.ts <= until)
      .map((e) => e.ts),
  );
  const gatePassesMs = spansMs(spans.filter(([, to]) => to <= guideStart));
  const outsideByScript = scripts.map((script) => sampledScriptMs(events, script, origin.pid, until, spans));
  const outsideMs = outsideByScript.reduce((a, b) => a + b, 0);
  // Without the tasks themselves in the trace, no long task could ever be seen: say so rather than count none.
  if (!events.some((e) => e.name === 'RunTask' && e.pid === origin.pid))
    throw new Error(`the trace of ${url} shows no main-thread task`);
  const longTasks = longTasksOf(events, origin.pid, scripts, spans, until);
  return {
    totalMs: passesMs + outsideMs,
    passesMs,
    gatePassesMs,
    outsideMs,
    outsideByScript,
    eventsMs,
    longTasks,
  };
}

/** The peer's main-thread time on one page by the trace's own events (its script's evaluation and callbacks), from
 *  navigation until its popover shows; null if none shows. */
async function peerLoadMs(context: BrowserContext, page: Page, url: string): Promise<number | null> {
  const { events, markedAt: shownAt } = await tracedLoad(context, page, url);
  if (shownAt === null) return null;
  const origin = navigationStartInTrace(events, url);
  const commit = commitInTrace(events, url);
  if (origin === undefined || !commit) throw new Error(`no navigation to ${url} in its trace`);
  // The page before may still run the peer's animation in the trace's first moments: this document's only.
  const own = events.filter((e) => e.ts >= commit.ts);
  const script = own.find(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(`/${PEER_SCRIPT}`),
  )?.args?.data?.url;
  if (!script) throw new Error(`the trace of ${url} shows no evaluation of ${PEER_SCRIPT}`);
  const { evaluateMs, callbacksMs } = scriptTime(own, script, origin + shownAt * 1000);
  return evaluateMs + callbacksMs;
}

/** The peer's time on each guided page, ROUNDS times, in a Chromium of its own (logged in as ours is). */
async function peerTimes(
  env: Parameters<Section['measure']>[0],
  port: number,
  spkiHash: string,
): Promise<number[]> {
  const extension = await buildPeer(env.dist, join(env.tmp, 'dist-peer-content'), env.root);
  const peer = await launchChromium({ extension, port, spkiHash, tmp: env.tmp, worker: false });
  try {
    await peer.context.addInitScript(watchMarker, { selector: PEER_POPOVER });
    const page = await peer.context.newPage();
    await logIn(page, true);
    const times: number[] = [];
    for (let pass = 0; pass < ROUNDS; pass++)
      for (const url of guidePages()) {
        const ms = await peerLoadMs(peer.context, page, url);
        if (ms === null) throw new Error(`the peer showed no popover on ${url}`);
        times.push(ms);
      }
    return times;
  } finally {
    await peer.context.close();
  }
}

/** ms from the page's load event until the guide marks the target (no trace running), or null if it marks none. */
async function timeToHint(page: Page, url: string): Promise<number | null> {
  await page.goto(url, { waitUntil: 'load' });
  if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
  const hint = await page
    .waitForFunction(
      () => {
        const marked = (window as unknown as { __benchMarkedAt?: number }).__benchMarkedAt;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return marked !== undefined && nav && nav.loadEventStart > 0 ? marked - nav.loadEventStart : null;
      },
      undefined,
      // The page notes the time itself: a slow poll only delays reading it.
      { timeout: HINT_TIMEOUT_MS, polling: 50 },
    )
    .catch(() => null);
  return hint ? ((await hint.jsonValue()) as number) : null;
}

/** Time to hint on the first page of each of SESSIONS browser sessions of one profile (started again each time). */
async function firstHints(
  env: Parameters<Section['measure']>[0],
  port: number,
  spkiHash: string,
): Promise<number[]> {
  const options = { extension: env.dist, port, spkiHash, tmp: env.tmp };
  // The install: a first session, used once as a person would (its own start-up is not measured).
  const installed = await launchChromium(options);
  try {
    await installed.context.addInitScript(watchMarker, MARKED);
    await timeToHint(await installed.context.newPage(), idlePage());
  } finally {
    await installed.context.close();
  }
  const hints: number[] = [];
  for (let session = 0; session < SESSIONS; session++) {
    const browser = await launchChromium({
      ...options,
      ...(installed.profile ? { profile: installed.profile } : {}),
    });
    try {
      await browser.context.addInitScript(watchMarker, MARKED);
      const ms = await timeToHint(await browser.context.newPage(), idlePage());
      if (ms === null) throw new Error(`no hint on the first page of session ${session + 1}`);
      hints.push(ms);
    } finally {
      await browser.context.close();
    }
  }
  return hints;
}

export const contentScript: Section = {
  name: 'content script time per page',
  planned,
  async measure(env) {
    for (const file of WORKING)
      if (!readFileSync(join(env.dist, file), 'utf8').includes(PASS_MEASURE))
        throw new NotMeasured(`${file} does not measure its passes (performance.measure('${PASS_MEASURE}'))`);
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
      const { extensionId } = browser;
      const scripts = SCRIPTS.map((file) => `chrome-extension://${extensionId}/${file}`);
      await browser.context.addInitScript(watchMarker, MARKED);
      // The per-page figures are of the guide's steady state (firstHintMs measures a session's start).
      await managedReady(browser);
      const page = await browser.context.newPage();
      await logIn(page);
      // The log-in's last page is left once its guide has marked its target, not while it still works.
      if ((await markTime(page)) === null) throw new Error('the guide marked no target after the log-in');
      const times: LoadTime[] = [];
      const silent: string[] = [];
      for (let pass = 0; pass < ROUNDS; pass++) {
        for (const url of guidePages()) {
          const time = await loadTime(browser.context, page, url, scripts);
          if (time) times.push(time);
          else silent.push(new URL(url).pathname);
        }
      }
      if (times.length === 0)
        throw new NotMeasured(`the guide marked no target on any of ${silent.length} page loads`);
      const hints: number[] = [];
      for (let pass = 0; pass < ROUNDS; pass++)
        for (const url of guidePages()) {
          const ms = await timeToHint(page, url);
          if (ms !== null) hints.push(ms);
        }
      if (hints.length === 0) throw new Error('the guide marked no target on the untraced loads');
      const withOurs = times.flatMap((t) => t.longTasks);
      await browser.context.close();
      browser = undefined;
      const firsts = await firstHints(env, server.port, certs.spkiHash);
      const peer = await peerTimes(env, server.port, certs.spkiHash);
      // Ours: most of the task was our scripts' (a long task of the page's own in which our listener ran is not).
      const long = withOurs.filter((task) => task.oursMs > task.ms / 2);
      const p = (pick: (t: LoadTime) => number, q: number) => round(percentile(times.map(pick), q));
      const peerMs = percentile(peer, 50);
      const oursEventsMs = percentile(
        times.map((t) => t.eventsMs),
        50,
      );
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
            gatePassesP50Ms: p((t) => t.gatePassesMs, 50),
            outsidePassesP50Ms: p((t) => t.outsideMs, 50),
            ...Object.fromEntries(
              SCRIPTS.map((file, i) => [
                `outsidePassesP50Ms:${file}`,
                p((t) => t.outsideByScript[i] ?? 0, 50),
              ]),
            ),
            traceEventsOnlyP50Ms: round(oursEventsMs),
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
        measured(planned, 'contentScript.timeToHintMs', round(percentile(hints, 50)), {
          loads: ROUNDS * guidePages().length,
          hintsShown: hints.length,
          p95Ms: round(percentile(hints, 95)),
          minMs: round(Math.min(...hints)),
        }),
        measured(planned, 'contentScript.firstHintMs', round(percentile(firsts, 50)), {
          sessions: firsts.length,
          maxMs: round(Math.max(...firsts)),
        }),
        measured(planned, 'contentScript.peerEventsMs', round(peerMs), {
          loads: peer.length,
          oursEventsP50Ms: round(oursEventsMs),
          oursOverPeer: round(oursEventsMs / peerMs, 3),
        }),
        measured(planned, 'contentScript.longTasks', long.length, {
          tracedLoads: times.length,
          ...(long.length ? { longestMs: round(Math.max(...long.map((task) => task.ms))) } : {}),
          ...(long.length ? { ourMsInLongest: round(Math.max(...long.map((task) => task.oursMs))) } : {}),
          longTasksWithOurCode: withOurs.length,
        }),
      ];
    } finally {
      await browser?.context.close();
    }
  },
};
