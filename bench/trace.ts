import type { CDPSession } from 'playwright-core';

// Records a Chromium trace over the DevTools protocol and counts the JavaScript wake-ups it shows.

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    data?: {
      frame?: string;
      url?: string;
      /** CommitLoad: whether the frame is its page's main frame. */
      isMainFrame?: boolean;
      /** navigationStart: the document's URL, and whether it loads in its page's main frame. */
      documentLoaderURL?: string;
      isLoadingMainFrame?: boolean;
      functionName?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    startTime?: number;
  };
}

const CATEGORIES = [
  // Each task of a thread (RunTask), for long tasks.
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  // V8's sampling profiler, in the trace's own clock (Profile / ProfileChunk events).
  'disabled-by-default-v8.cpu_profiler',
];

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

/** The main frame's commit of the document loaded from `url`: what comes after it in the trace is that document's. */
export function commitInTrace(events: readonly TraceEvent[], url: string): TraceEvent | undefined {
  return events.find((e) => e.name === 'CommitLoad' && e.args?.data?.isMainFrame && e.args.data.url === url);
}

/**
 * The trace clock (µs) at the time origin of the document loaded from `url`, and its renderer process, from the
 * first User Timing measure begun after that document was committed in its renderer (a measure's begin event carries
 * both clocks). The page before it may still run a pass as the navigation starts: its measures are not this one's.
 */
export function timeOriginInTrace(
  events: readonly TraceEvent[],
  measureName: string,
  url: string,
): { originTs: number; pid: number } | undefined {
  const commit = commitInTrace(events, url);
  if (!commit) return undefined;
  const begin = events
    .filter((e) => e.name === measureName && e.ph === 'b' && e.ts >= commit.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  const startTime = begin?.args?.startTime;
  return begin && typeof startTime === 'number'
    ? { originTs: begin.ts - startTime * 1000, pid: begin.pid }
    : undefined;
}

export interface ScriptTime {
  /** Evaluating the script itself (compile + top-level run), ms. */
  evaluateMs: number;
  /** Callbacks into the script afterwards (listeners, frames, observers, message replies), ms. */
  callbacksMs: number;
}

/** The trace time (µs) of the main frame's navigation start for `url`, the origin of that page's clock
 *  (performance.now()), from the navigationStart mark of the document loaded; undefined when the trace has none. */
export function navigationStartInTrace(events: readonly TraceEvent[], url: string): number | undefined {
  return events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame === true &&
      e.args.data.documentLoaderURL === url,
  )?.ts;
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

/** A sample stands for the time until the next one, but never for more than this (a gap is not a busy thread). */
const MAX_SAMPLE_US = 1000;

/**
 * Main-thread time of the script at `url` in process `pid` up to `untilTs`, from V8's sampling profiler in the
 * trace: every sample whose stack holds a function of that script (the DOM work it calls included), wherever it
 * ran from (listeners, promise jobs, lazily evaluated modules). In ms.
 */
export function sampledScriptMs(
  events: readonly TraceEvent[],
  url: string,
  pid: number,
  untilTs: number,
  /** Spans (trace clock) whose samples are left out: they are counted another way. */
  outside: readonly Span[] = [],
): number {
  let total = 0;
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === pid)) {
    const startTime = profile.args?.data?.startTime;
    if (typeof startTime !== 'number') continue;
    const nodes = new Map<number, ProfileNode>();
    const samples: number[] = [];
    const deltas: number[] = [];
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      samples.push(...(chunk.args?.data?.cpuProfile?.samples ?? []));
      deltas.push(...(chunk.args?.data?.timeDeltas ?? []));
    }
    const ours = new Map<number, boolean>();
    const isOurs = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const result = node ? node.callFrame.url === url || isOurs(node.parent) : false;
      ours.set(id, result);
      return result;
    };
    let t = startTime;
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      if (t > untilTs) break;
      if (isOurs(samples[i]) && !outside.some(([from, to]) => t >= from && t <= to))
        total += Math.min(deltas[i + 1] ?? 0, MAX_SAMPLE_US);
    }
  }
  return total / 1000;
}

export type Span = readonly [number, number];

/** The spans (trace clock) of a User Timing measure in process `pid` that began by `untilTs`, merged where they overlap. */
export function measureSpans(
  events: readonly TraceEvent[],
  name: string,
  pid: number,
  untilTs: number,
): Span[] {
  const marks = events
    .filter((e) => e.name === name && e.pid === pid && (e.ph === 'b' || e.ph === 'e'))
    .sort((a, b) => a.ts - b.ts);
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (const e of marks) {
    if (e.ph === 'b') open.push(e.ts);
    else {
      const from = open.shift();
      if (from !== undefined && from <= untilTs) spans.push([from, e.ts]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

export const spansMs = (spans: readonly Span[]) =>
  spans.reduce((ms, [from, to]) => ms + (to - from) / 1000, 0);

/** The duration (ms) a main-thread task must exceed to count as long, as the Long Tasks API counts them. */
export const LONG_TASK_MS = 50;

export interface LongTask {
  /** The task's duration, ms. */
  ms: number;
  /** Of it, the time our scripts ran (their evaluation, calls into them, their work passes), ms. */
  oursMs: number;
}

/** Length (µs) of the union of `spans` clipped to [from, to]. */
function coveredUs(spans: readonly Span[], from: number, to: number): number {
  const clipped = spans
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * The long tasks (over LONG_TASK_MS) begun by `untilTs` on the thread where the scripts at `urls` ran in process
 * `pid`, in which one of them ran (its evaluation, a call into it, or one of `spans`, its work passes), each with
 * the part of it that was theirs.
 */
export function longTasksOf(
  events: readonly TraceEvent[],
  pid: number,
  urls: readonly string[],
  spans: readonly Span[],
  untilTs: number,
): LongTask[] {
  const ours = events.filter(
    (e) =>
      e.pid === pid &&
      e.ph === 'X' &&
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      urls.includes(e.args?.data?.url ?? ''),
  );
  const threads = new Set(ours.map((e) => e.tid));
  const oursSpans: Span[] = [...ours.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const), ...spans];
  const tasks: LongTask[] = [];
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || task.pid !== pid || !threads.has(task.tid)) continue;
    const dur = task.dur ?? 0;
    if (task.ts > untilTs || dur <= LONG_TASK_MS * 1000) continue;
    const oursUs = coveredUs(oursSpans, task.ts, task.ts + dur);
    if (oursUs > 0) tasks.push({ ms: dur / 1000, oursMs: oursUs / 1000 });
  }
  return tasks;
}
