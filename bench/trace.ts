import type { CDPSession } from 'playwright-core';

// Records a Chromium trace over the DevTools protocol and counts the JavaScript wake-ups it shows.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { frame?: string; url?: string; functionName?: string }; startTime?: number };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** Traces the whole browser for `ms` milliseconds (the measurement window itself) and returns the events. */
export async function recordTrace(session: CDPSession, ms: number): Promise<TraceEvent[]> {
  return traceWhile(session, () => new Promise((resolve) => setTimeout(resolve, ms)));
}

/** Traces the whole browser while `work` runs and returns the events. */
export async function traceWhile(session: CDPSession, work: () => Promise<unknown>): Promise<TraceEvent[]> {
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReturnAsStream',
  });
  await work();
  const complete = new Promise<string | undefined>((resolve) =>
    session.once('Tracing.tracingComplete', (event) => resolve(event.stream)),
  );
  await session.send('Tracing.end');
  const stream = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface Wakeups {
  /** JavaScript callbacks run in the page, timer/frame/idle firings that ran none, and the extension's callbacks elsewhere. */
  total: number;
  timers: number;
  animationFrames: number;
  idleCallbacks: number;
  /** Every JS function the browser called into (timer and frame callbacks, observers, event listeners). */
  callbacks: number;
  /** Of those callbacks, the ones into the extension's scripts (its content script in the page). */
  fromExtension: number;
  /** Callbacks into the extension's own scripts outside the page's frames (its background). */
  extensionElsewhere: number;
}

const FIRINGS = {
  TimerFire: 'timers',
  FireAnimationFrame: 'animationFrames',
  FireIdleCallback: 'idleCallbacks',
} as const;

const within = (outer: TraceEvent, inner: TraceEvent) =>
  outer.pid === inner.pid &&
  outer.tid === inner.tid &&
  inner.ts >= outer.ts &&
  inner.ts <= outer.ts + (outer.dur ?? 0);

/**
 * Counts wake-ups in `frames` (the page's frame ids): each JS callback once, and each timer, animation frame or idle
 * callback that fired without running any JS function once more, so nothing is counted twice.
 */
export function countWakeups(
  events: readonly TraceEvent[],
  frames: ReadonlySet<string>,
  extensionOrigin?: string,
): Wakeups {
  const counts: Wakeups = {
    total: 0,
    timers: 0,
    animationFrames: 0,
    idleCallbacks: 0,
    callbacks: 0,
    fromExtension: 0,
    extensionElsewhere: 0,
  };
  const inPage = (e: TraceEvent) => frames.has(e.args?.data?.frame ?? '');
  const calls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && inPage(e));
  counts.callbacks = calls.length;
  if (extensionOrigin)
    counts.fromExtension = calls.filter((c) => c.args?.data?.url?.startsWith(extensionOrigin)).length;
  counts.total = calls.length;
  for (const event of events) {
    const kind = FIRINGS[event.name as keyof typeof FIRINGS];
    if (kind && inPage(event)) {
      counts[kind] += 1;
      if (!calls.some((call) => within(event, call))) counts.total += 1;
    }
    if (
      extensionOrigin &&
      event.name === 'FunctionCall' &&
      !inPage(event) &&
      event.args?.data?.url?.startsWith(extensionOrigin)
    )
      counts.extensionElsewhere += 1;
  }
  counts.total += counts.extensionElsewhere;
  return counts;
}

/** The trace clock (µs) at the page's time origin, from a User Timing measure's begin event (it carries both). */
export function timeOriginInTrace(events: readonly TraceEvent[], measureName: string): number | undefined {
  const begin = events.find((e) => e.name === measureName && e.ph === 'b');
  const startTime = begin?.args?.startTime;
  return begin && typeof startTime === 'number' ? begin.ts - startTime * 1000 : undefined;
}

export interface ScriptTime {
  /** Evaluating the script itself (compile + top-level run), ms. */
  evaluateMs: number;
  /** Callbacks into the script afterwards (listeners, frames, observers, message replies), ms. */
  callbacksMs: number;
}

/**
 * Main-thread time of the script at `url` in the trace: its evaluation and every call into it that started before
 * `untilTs` (trace clock), each counted once (calls nested in another counted event are inside its duration).
 */
export function scriptTime(events: readonly TraceEvent[], url: string, untilTs: number): ScriptTime {
  const own = events.filter(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      e.ph === 'X' &&
      e.args?.data?.url === url &&
      e.ts <= untilTs,
  );
  const top = own.filter((e) => !own.some((outer) => outer !== e && within(outer, e)));
  const sum = (name: string) =>
    top.filter((e) => e.name === name).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
  return { evaluateMs: sum('EvaluateScript'), callbacksMs: sum('FunctionCall') };
}
