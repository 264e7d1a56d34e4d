import type { BrowserContext, Page } from 'playwright-core';
import { type BenchChromium, managedReady, withChromiumPair } from './browser.ts';
import { idlePage } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';
import { countWakeups, recordTrace, type Wakeups } from './trace.ts';

// Wake-ups on a static page once the guide has settled, counted from a browser trace (outside the extension),
// with the same page in a browser without the extension as the control.

const WINDOW_MS = 10_000;
/** How long to wait for the guide to mark its target before tracing anyway (and saying so). */
const SETTLE_TIMEOUT_MS = 8_000;
const MARKER = '[data-onss-guide-target]';
/** A short second window in which the page is scrolled and changed (the positive control). */
const PROVOKE_MS = 2_000;

const planned: PlannedFigure[] = [
  {
    key: 'idle.wakeups',
    unit: 'count',
    target: { op: '==', value: 0 },
    method: `A ${WINDOW_MS / 1000} s Chromium trace (DevTools protocol, devtools.timeline categories) on a static replica page with the extension, loaded once storage.managed answers (seconds after Chromium's start) and started once the guide has marked its target: every JavaScript callback in the page's frames (FunctionCall: timers, animation frames, observers, listeners), every timer/animation-frame/idle firing that ran none, and every call into the extension's scripts elsewhere (its background); a second ${PROVOKE_MS / 1000} s window in which the page is scrolled and changed shows the same count does see the guide's callbacks.`,
  },
  {
    key: 'idle.controlWakeups',
    unit: 'count',
    method:
      'The same trace and count on the same page in a Chromium without the extension, traced at the same time: what the page and the browser do on their own.',
  },
];

async function frameIds(context: BrowserContext, page: Page): Promise<Set<string>> {
  const session = await context.newCDPSession(page);
  type Tree = { frame: { id: string }; childFrames?: Tree[] };
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: Tree };
  await session.detach();
  const ids = new Set<string>();
  const walk = (t: Tree) => {
    ids.add(t.frame.id);
    for (const child of t.childFrames ?? []) walk(child);
  };
  walk(frameTree);
  return ids;
}

interface Prepared {
  browser: BenchChromium;
  page: Page;
  settled: boolean;
}

/** Opens the page and, with the extension, waits until the guide has marked its target. */
async function prepare(browser: BenchChromium, url: string): Promise<Prepared> {
  // The window is of the guide's steady state.
  await managedReady(browser);
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (page.url() !== url) throw new Error(`loading ${url} ended at ${page.url()}`);
  const settled = browser.extensionId
    ? await page
        .waitForSelector(MARKER, { timeout: SETTLE_TIMEOUT_MS })
        .then(() => true)
        .catch(() => false)
    : true;
  return { browser, page, settled };
}

interface Traced {
  idle: Wakeups;
  /** The same count while the page is scrolled and changed: shows the trace does see the guide's callbacks. */
  provoked: Wakeups;
}

async function traceIdle({ browser, page }: Prepared): Promise<Traced> {
  const frames = await frameIds(browser.context, page);
  const session = await browser.context.newCDPSession(page);
  const origin = browser.extensionId ? `chrome-extension://${browser.extensionId}` : undefined;
  const idle = countWakeups(await recordTrace(session, WINDOW_MS), frames, origin);
  const tracing = recordTrace(session, PROVOKE_MS);
  await page.mouse.wheel(0, 200);
  await page.evaluate(() => document.body.append(document.createElement('p')));
  const provoked = countWakeups(await tracing, frames, origin);
  await session.detach();
  return { idle, provoked };
}

const breakdown = (w: Wakeups) => ({
  timers: w.timers,
  animationFrames: w.animationFrames,
  idleCallbacks: w.idleCallbacks,
  callbacks: w.callbacks,
  fromExtension: w.fromExtension,
  extensionElsewhere: w.extensionElsewhere,
});

export const idle: Section = {
  name: `idle wake-ups over ${WINDOW_MS / 1000} s`,
  planned,
  async measure(env) {
    const url = idlePage();
    return withChromiumPair(env, async ({ withExt, without }) => {
      env.chromiumVersion ??= withExt.version;
      const ready = await Promise.all([prepare(withExt, url), prepare(without, url)]);
      // Both windows run at the same time, once both pages are ready.
      const [ext, control] = (await Promise.all(ready.map(traceIdle))) as [Traced, Traced];
      if (ext.provoked.callbacks === 0)
        throw new Error(
          'the trace saw no callback at all while the page was scrolled and changed: it cannot count',
        );
      const settled = ready[0]?.settled;
      return [
        measured(planned, 'idle.wakeups', ext.idle.total, {
          ...breakdown(ext.idle),
          guideMarkedTarget: settled ? 'yes' : `no (traced after waiting ${SETTLE_TIMEOUT_MS / 1000} s)`,
          page: new URL(url).pathname,
          whenScrolledAndChanged: ext.provoked.total,
          extensionWhenScrolledAndChanged: ext.provoked.fromExtension,
        }),
        measured(planned, 'idle.controlWakeups', control.idle.total, {
          ...breakdown(control.idle),
          whenScrolledAndChanged: control.provoked.total,
        }),
      ];
    });
  },
};
