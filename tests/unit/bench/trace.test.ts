import { describe, expect, it } from 'vitest';
import {
  countWakeups,
  longTasksOf,
  measureSpans,
  navigationStartInTrace,
  sampledScriptMs,
  scriptTime,
  spansMs,
  type TraceEvent,
  timeOriginInTrace,
} from '../../../bench/trace.ts';

const PAGE = 'F1';
const ev = (
  name: string,
  ts: number,
  dur: number,
  data: Record<string, string> = { frame: PAGE },
): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  args: { data },
});

describe('countWakeups', () => {
  it('counts a timer and the callback it runs once, and an observer callback it triggers once more', () => {
    const events = [ev('TimerFire', 100, 50), ev('FunctionCall', 105, 20), ev('FunctionCall', 130, 5)];
    expect(countWakeups(events, new Set([PAGE]))).toMatchObject({ total: 2, timers: 1, callbacks: 2 });
  });

  it('counts a firing that ran no JavaScript, and an animation frame with its callback once', () => {
    const events = [ev('TimerFire', 100, 10), ev('FireAnimationFrame', 200, 10), ev('FunctionCall', 202, 3)];
    expect(countWakeups(events, new Set([PAGE]))).toMatchObject({ total: 2, timers: 1, animationFrames: 1 });
  });

  it('ignores other frames and other processes, but counts calls into the extension outside the page', () => {
    const other = ev('FunctionCall', 100, 5, { frame: 'F2', url: 'https://elsewhere.example/x.js' });
    const worker = ev('FunctionCall', 300, 5, { url: 'chrome-extension://abc/background.js' });
    const counts = countWakeups(
      [other, worker, ev('TimerFire', 50, 5, { frame: 'F2' })],
      new Set([PAGE]),
      'chrome-extension://abc',
    );
    expect(counts).toMatchObject({ total: 1, callbacks: 0, timers: 0, extensionElsewhere: 1 });
  });

  it("tells the extension's callbacks in the page from the page's own", () => {
    const own = ev('FunctionCall', 100, 5, { frame: PAGE, url: 'https://www.socialsecurity.be/app.js' });
    const guide = ev('FunctionCall', 200, 5, { frame: PAGE, url: 'chrome-extension://abc/content.js' });
    expect(countWakeups([own, guide], new Set([PAGE]), 'chrome-extension://abc')).toMatchObject({
      total: 2,
      callbacks: 2,
      fromExtension: 1,
      extensionElsewhere: 0,
    });
  });

  it('finds nothing in a quiet trace', () => {
    expect(countWakeups([ev('RunTask', 0, 10, {})], new Set([PAGE])).total).toBe(0);
  });
});

describe('scriptTime', () => {
  const URL = 'chrome-extension://abc/content.js';
  const at = (name: string, ts: number, dur: number, url = URL) => ev(name, ts, dur, { frame: PAGE, url });

  it('adds the evaluation and the callbacks that started before the mark, nested calls once', () => {
    const events = [
      at('EvaluateScript', 1000, 5000),
      at('FunctionCall', 2000, 1000),
      at('FunctionCall', 10_000, 2000),
      at('FunctionCall', 20_000, 3000),
      at('FunctionCall', 11_000, 500, 'https://www.socialsecurity.be/page.js'),
    ];
    expect(scriptTime(events, URL, 15_000)).toEqual({ evaluateMs: 5, callbacksMs: 2 });
  });

  it("finds the trace time of the loaded document's origin from its first measure, not the page before it", () => {
    const PAGE = 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm';
    const measure = (ts: number, startTime: number, pid = 1): TraceEvent => ({
      name: 'onss-guide:pass',
      ph: 'b',
      pid,
      tid: 1,
      ts,
      args: { startTime },
    });
    const commit: TraceEvent = {
      name: 'CommitLoad',
      ph: 'X',
      pid: 1,
      tid: 1,
      ts: 5_150_000,
      args: { data: { url: PAGE, isMainFrame: true } },
    };
    // The page before still ran a pass after the navigation to PAGE had started, before the new document's commit.
    const late = measure(5_120_000, 9000);
    const own = measure(5_250_000, 250);
    expect(timeOriginInTrace([late, commit, own], 'onss-guide:pass', PAGE)).toEqual({
      originTs: 5_000_000,
      pid: 1,
    });
    expect(timeOriginInTrace([measure(5_000_000, 10), commit], 'onss-guide:pass', PAGE)).toBeUndefined();
    expect(timeOriginInTrace([own], 'onss-guide:pass', PAGE)).toBeUndefined();
  });

  it("finds the main frame's navigation start for the page loaded, not a frame's nor another page's", () => {
    const PAGE = 'https://www.socialsecurity.be/app011/umoe/users.do';
    const start = (ts: number, url: string, main: boolean): TraceEvent => ({
      name: 'navigationStart',
      ph: 'R',
      pid: 1,
      tid: 1,
      ts,
      args: { data: { documentLoaderURL: url, isLoadingMainFrame: main } },
    });
    const events = [
      start(1_000, 'https://www.socialsecurity.be/app011/umoe/groups.do', true),
      start(2_000, PAGE, false),
      start(3_000, PAGE, true),
    ];
    expect(navigationStartInTrace(events, PAGE)).toBe(3_000);
    expect(navigationStartInTrace(events.slice(0, 2), PAGE)).toBeUndefined();
  });
});

describe('sampledScriptMs', () => {
  const URL = 'chrome-extension://abc/content.js';
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: 'pass', url: URL } },
    { id: 3, parent: 2, callFrame: { functionName: 'querySelectorAll', url: '' } },
    { id: 4, parent: 1, callFrame: { functionName: 'onload', url: 'https://www.socialsecurity.be/app.js' } },
    { id: 5, parent: 1, callFrame: { functionName: '(idle)' } },
  ];
  const profile = (pid: number): TraceEvent[] => [
    { name: 'Profile', ph: 'P', pid, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 1000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid,
      tid: 2,
      ts: 0,
      id: '0x1',
      // Samples at 1100, 1300, 1500, 1700, 1900, 2100 µs.
      args: {
        data: {
          cpuProfile: { nodes, samples: [2, 3, 4, 2, 5, 2] },
          timeDeltas: [100, 200, 200, 200, 200, 200],
        },
      },
    },
  ];

  it('counts the samples whose stack holds the script, DOM calls included, up to the mark', () => {
    // Samples 1 (pass), 2 (its DOM call) and 4 (pass) are ours, 200 µs each; the one at 2100 is after the mark.
    expect(sampledScriptMs(profile(7), URL, 7, 2000)).toBeCloseTo(0.6);
  });

  it("reads only the page's process", () => {
    expect(sampledScriptMs(profile(8), URL, 7, 5000)).toBe(0);
  });
});

describe('measureSpans', () => {
  const mark = (ph: 'b' | 'e', ts: number, pid = 7): TraceEvent => ({ name: 'pass', ph, pid, tid: 1, ts });

  it('pairs begins and ends, keeps those begun by the mark, merges overlaps, and sums them', () => {
    const events = [
      mark('b', 100),
      mark('e', 300),
      mark('b', 250),
      mark('e', 400),
      mark('b', 900),
      mark('e', 950),
    ];
    expect(measureSpans(events, 'pass', 7, 500)).toEqual([[100, 400]]);
    expect(spansMs(measureSpans(events, 'pass', 7, 1000))).toBeCloseTo(0.35);
    expect(measureSpans(events, 'pass', 8, 1000)).toEqual([]);
  });
});

describe('longTasksOf', () => {
  const OURS = 'chrome-extension://id/guide.js';
  const ours = (ts: number, dur: number) => ev('EvaluateScript', ts, dur, { url: OURS });

  it('finds the tasks over 50 ms on our thread in which our code ran, with the part that was ours', () => {
    const events = [
      ev('RunTask', 0, 80_000),
      ours(10_000, 60_000),
      // Long, but only the page's code ran in it.
      ev('RunTask', 100_000, 90_000),
      // Ours, but short.
      ev('RunTask', 200_000, 40_000),
      ours(205_000, 30_000),
      // A work pass (a measure span) inside a long task, partly overlapping our evaluation.
      ev('RunTask', 300_000, 70_000),
      ours(300_000, 20_000),
    ];
    const tasks = longTasksOf(events, 1, [OURS], [[310_000, 340_000]], 1_000_000);
    expect(tasks).toEqual([
      { ms: 80, oursMs: 60 },
      { ms: 70, oursMs: 40 },
    ]);
  });

  it('ignores tasks begun after the marking and other threads', () => {
    const late = [ev('RunTask', 500_000, 80_000), ours(510_000, 60_000)];
    expect(longTasksOf(late, 1, [OURS], [], 400_000)).toEqual([]);
    const elsewhere = { ...ev('RunTask', 0, 80_000), tid: 2 };
    expect(longTasksOf([elsewhere, ours(0, 60_000)], 1, [OURS], [], 1_000_000)).toEqual([]);
  });
});
