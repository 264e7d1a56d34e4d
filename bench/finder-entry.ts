import { findTarget } from '../src/engine/finder/find.ts';
import { PageScan } from '../src/engine/finder/scan.ts';
import { recognizePage } from '../src/engine/recognize.ts';
import type { StepId } from '../src/shared/steps.ts';

// Bundled into the finder benchmark's page: one pass of what the content script does on a page (one scan shared by
// recognition and the finder, as the guide's engine port does, src/content/boot.ts), timed in the page.

export interface FinderRun {
  ms: number;
  elements: number;
  recognized: string | null;
  /** The replica's test marker of the element found (the engine never reads it), or null. */
  found: string | null;
}

function run(url: string, step: StepId): FinderRun {
  const t0 = performance.now();
  const scan = new PageScan(document);
  const recognition = recognizePage(document, url, { scan });
  const result = findTarget(document, step, { scan });
  const ms = performance.now() - t0;
  return {
    ms,
    elements: document.body.querySelectorAll('*').length,
    recognized: recognition.stepId,
    found: result.status === 'found' ? result.element.getAttribute('data-replica-truth') : null,
  };
}

(globalThis as unknown as { onssFinder: { run: typeof run } }).onssFinder = { run };
