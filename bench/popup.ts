import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/harness/chromium.ts';
import { median, round } from './figure.ts';
import type { BenchEnv, PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// The popup as a client meets it: opened right after the extension is installed (a fresh profile whose service
// worker has not started yet), then on later opens; and the background woken from stopped to its first reply.

/** Fresh profiles (each one install) for the first open. */
const INSTALLS = 5;
/** Later opens in the last of those browsers. */
const OPENS = 15;
/** Wakes of the stopped service worker. */
const WAKES = 10;
/** Where the popup's first meaningful content is: its heading and the "where you are" section's first line. */
const MEANINGFUL = 'main > h1 ~ section[aria-labelledby="where-title"] p';

const planned: PlannedFigure[] = [
  {
    key: 'popup.firstOpenMs',
    unit: 'ms',
    target: { op: '<=', value: 200 },
    method: `Median over ${INSTALLS} fresh Chromium profiles of the time from the popup page's navigation start, opened as soon as the browser has installed the extension (its service worker not awaited), until the first frame showing the heading and where the client is (${MEANINGFUL}) is painted, noted in the page by a script run before its own (a MutationObserver, then a task queued from the next animation frame); beside it (floorMs) the same for the floor page of popup.openMs opened first in ${INSTALLS} other fresh profiles, launched in turn with these, and the ratio of the two medians (overFloor): on a slow machine the floor alone can exceed the target.`,
  },
  {
    key: 'popup.openMs',
    unit: 'ms',
    target: { op: '<=', value: 100 },
    method: `The same time on ${OPENS} later opens of the popup in the last of those browsers (each in a new tab, the previous one closed); beside it (floorMs) the same time for a page of the extension with the same content, the popup's style sheet and no script, opened in turn with it: what any extension page costs on this shared 2-core machine.`,
  },
  {
    key: 'background.coldStartMs',
    unit: 'ms',
    target: { op: '<=', value: 50 },
    method: `Median over ${WAKES} wakes of the time from an extension page's runtime.sendMessage({type: 'state/get'}) to its reply, with the service worker stopped just before (DevTools ServiceWorker.stopAllWorkers, awaited until it reports stopped); beside it the same round trip to the running worker (warmMs).`,
  },
];

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits written a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** A page of the extension with the same meaningful content and no script: what any extension page costs. */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="popup.css"><main><h1>ONSS</h1><section aria-labelledby="where-title"><p>…</p></section></main>`;

async function launch(env: BenchEnv, dist: string): Promise<BrowserContext> {
  const { server, certs } = await env.replica();
  const args = chromiumArgs(dist, {
    serverPort: server.port,
    hosts: SERVED_HOSTS,
    certs: { spkiHash: certs.spkiHash },
  });
  return chromium.launchPersistentContext(mkdtempSync(join(env.tmp, 'profile-popup-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    env: { ...process.env, TMPDIR: env.tmp },
  });
}

/**
 * Runs in the page before its own scripts: notes performance.now() after the first frame that shows the meaningful
 * content (a task queued from the animation frame that follows its insertion runs once that frame is painted).
 */
function noteShown(selector: string): void {
  const page = globalThis as unknown as { benchShownMs?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        page.benchShownMs = performance.now();
      }),
    );
  }).observe(document, { childList: true, subtree: true });
}

/** Opens the page in a new tab; ms from its navigation start until the frame showing the meaningful content. */
async function openPopup(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(noteShown, MEANINGFUL);
    // The page may not exist until the extension is registered: retry the navigation briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(url, { waitUntil: 'commit' });
        break;
      } catch (error) {
        if (attempt > 200) throw error;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    // The time is noted by the page itself: a slow poll here only delays reading it.
    const handle = await page.waitForFunction(
      () => (globalThis as unknown as { benchShownMs?: number }).benchShownMs ?? null,
      undefined,
      { polling: 50, timeout: 15_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((done) => {
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        type Version = { runningStatus: string };
        if ((versions as Version[]).every((v) => v.runningStatus === 'stopped')) done();
      });
    });
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 3000))]);
  } finally {
    await session.detach();
  }
}

/** ms of one state/get round trip from the extension page. */
function roundTrip(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    await chrome.runtime.sendMessage({ type: 'state/get' });
    return performance.now() - t0;
  });
}

export const popup: Section = {
  name: 'popup open and background start',
  planned,
  async measure(env) {
    // A copy of the build with the floor page added (the id follows the copy's path).
    const dist = join(env.tmp, 'dist-popup');
    cpSync(env.dist, dist, { recursive: true });
    writeFileSync(join(dist, FLOOR_PAGE), FLOOR_HTML);
    const id = unpackedId(dist);
    const url = `chrome-extension://${id}/popup.html`;
    const floorUrl = `chrome-extension://${id}/${FLOOR_PAGE}`;
    const first: number[] = [];
    const later: number[] = [];
    const floor: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    const firstFloor: number[] = [];
    for (let i = 0; i < INSTALLS; i++) {
      // Fresh profiles opening the popup or the floor page first, in turn (which of the two goes first alternates).
      for (const opened of i % 2 ? ['floor', 'popup'] : ['popup', 'floor']) {
        if (opened === 'floor') {
          const context = await launch(env, dist);
          try {
            firstFloor.push(await openPopup(context, floorUrl));
          } finally {
            await context.close();
          }
          continue;
        }
        const context = await launch(env, dist);
        try {
          first.push(await openPopup(context, url));
          if (i < INSTALLS - 1) continue;
          const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
          if (new URL(worker.url()).host !== id) throw new Error(`extension id ${worker.url()} is not ${id}`);
          // Popup and floor page opened in turn, so that a busy machine slows both alike.
          for (let k = 0; k < OPENS; k++) {
            later.push(await openPopup(context, url));
            floor.push(await openPopup(context, floorUrl));
          }
          const page = await context.newPage();
          await page.goto(`chrome-extension://${id}/options.html`);
          await roundTrip(page);
          for (let k = 0; k < WAKES; k++) {
            await stopWorkers(context, page);
            cold.push(await roundTrip(page));
            warm.push(await roundTrip(page));
          }
        } finally {
          await context.close();
        }
      }
    }
    const spread = (values: number[]) => ({
      minMs: round(Math.min(...values)),
      maxMs: round(Math.max(...values)),
    });
    return [
      measured(planned, 'popup.firstOpenMs', round(median(first)), {
        installs: INSTALLS,
        ...spread(first),
        floorMs: round(median(firstFloor)),
        floorMinMs: round(Math.min(...firstFloor)),
        overFloor: round(median(first) / median(firstFloor), 3),
      }),
      measured(planned, 'popup.openMs', round(median(later)), {
        opens: OPENS,
        ...spread(later),
        floorMs: round(median(floor)),
        floorMinMs: round(Math.min(...floor)),
        overFloor: round(median(later) / median(floor), 3),
      }),
      measured(planned, 'background.coldStartMs', round(median(cold)), {
        wakes: WAKES,
        ...spread(cold),
        warmMs: round(median(warm)),
      }),
    ];
  },
};
