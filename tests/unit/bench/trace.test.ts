import { describe, expect, it } from 'vitest';
import { countWakeups, scriptTime, type TraceEvent, timeOriginInTrace } from '../../../bench/trace.ts';

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

  it('finds the trace time of the page origin from a measure', () => {
    const begin: TraceEvent = {
      name: 'onss-guide:pass',
      ph: 'b',
      pid: 1,
      tid: 1,
      ts: 5_250_000,
      args: { startTime: 250 },
    };
    expect(timeOriginInTrace([begin], 'onss-guide:pass')).toBe(5_000_000);
    expect(timeOriginInTrace([], 'onss-guide:pass')).toBeUndefined();
  });
});
