import { type GateReading, readGate } from '../engine/gate.ts';
import { PageReading } from '../engine/page-reading.ts';
import { handOver } from './handoff.ts';
import { send } from './messaging.ts';
import { createScheduler } from './scheduler.ts';
import { timedPass } from './timing.ts';

// The first stage of the content script, on every page of the procedure's hosts: it reads the page with the gate
// (engine/gate.ts) and asks the background to load the guide (guide.js, the finder and the overlay) into this
// frame only once some step could be recognised, handing it the reading it made (handoff.ts: the guide does not
// read the page again). Until then it re-reads the page when it changes (late content, single-page navigation),
// at most once per frame and never on a static page.

export interface GatePort {
  read(reading: PageReading, url: string): GateReading;
  /** No step can be recognised here (yet): the background notes where the client is, as the guide would. */
  unknownPage(reading: GateReading): Promise<void>;
  /** Some step could be: load the guide into this frame. */
  openGuide(): Promise<void>;
}

export interface GateWatch {
  stop(): void;
}

/** `frame` schedules the re-reading (the next animation frame; tests pass their own). */
export function watchGate(
  win: Window & typeof globalThis,
  port: GatePort,
  frame?: (callback: () => void) => void,
): GateWatch {
  const doc = win.document;
  const warn = (error: unknown) => console.warn('ONSS guide:', error);
  let reported = false;
  const scheduler = createScheduler(win, {
    // This stage adds nothing to the page: every change is the page's.
    isOwn: () => false,
    onChange: () => check(),
    ...(frame ? { frame } : {}),
  });

  function check() {
    const reading = new PageReading(doc);
    const gate = port.read(reading, win.location.href);
    // In the same task as the reading: nothing can change in the roots before they are watched.
    const shadows = reading.shadowRoots();
    for (const root of shadows) scheduler.observe(root);
    if (gate.open) {
      // The guide watches the page from now on (its own scheduler); this stage is done.
      scheduler.stop();
      handOver(win, reading, shadows);
      port.openGuide().catch(warn);
      return;
    }
    if (!reported) {
      reported = true;
      port.unknownPage(gate).catch(warn);
    }
  }

  scheduler.observe(doc);
  timedPass(win.performance, check);
  return { stop: () => scheduler.stop() };
}

export const gatePort: GatePort = {
  read: readGate,
  unknownPage: async ({ lang, company }) => {
    await send({ type: 'page/seen', stepId: null, confidence: 0, lang, ...(company ? { company } : {}) });
  },
  openGuide: async () => {
    await send({ type: 'script/load', script: 'guide' });
  },
};
