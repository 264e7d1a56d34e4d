import type { PageReading } from '../engine/page-reading.ts';
import { isPageChange, PAGE_MUTATIONS } from './scheduler.ts';

// The gate's reading of the page, handed to the guide it loads into the same frame: the guide's first scan goes on
// from it (PageReading's `from`) instead of reading the page again. Injected files share the content script's
// isolated world (once.ts), so the reading waits on its global object. It holds only while the page has not
// changed: a MutationObserver of its own watches what the schedulers watch, and its records not yet delivered are
// read when the guide takes the reading; a change, or another address, and the guide reads the page itself.

const SLOT = '__onssGateReading';

interface Handed {
  take(): PageReading | null;
}

const scope = globalThis as Record<string, unknown>;

/** The gate, as it loads the guide; `shadows`: the page's open shadow roots, which it has just listed. */
export function handOver(
  win: Window & typeof globalThis,
  reading: PageReading,
  shadows: readonly ShadowRoot[],
): void {
  const url = win.location.href;
  const changes = (records: MutationRecord[]) => records.some((record) => isPageChange(record, () => false));
  let changed = false;
  const observer = new win.MutationObserver((records) => {
    if (!changes(records)) return;
    changed = true;
    observer.disconnect();
  });
  for (const root of [reading.doc, ...shadows]) observer.observe(root, PAGE_MUTATIONS);
  const handed: Handed = {
    take() {
      delete scope[SLOT];
      const late = changes(observer.takeRecords());
      observer.disconnect();
      return changed || late || win.location.href !== url ? null : reading;
    },
  };
  scope[SLOT] = handed;
}

/** The guide, as it starts: the gate's reading of this unchanged page, once; else null. */
export function takeOver(doc: Document): PageReading | null {
  const handed = scope[SLOT] as Handed | undefined;
  const reading = handed?.take() ?? null;
  return reading?.doc === doc ? reading : null;
}
