import { findTarget } from '../engine/finder/find.ts';
import { findRights, rightOfCaption } from '../engine/finder/rights.ts';
import { PageScan } from '../engine/finder/scan.ts';
import { type Fingerprint, makeFingerprint } from '../engine/fingerprint.ts';
import { detectOutcome } from '../engine/outcomes.ts';
import type { PageReading } from '../engine/page-reading.ts';
import { actionOnHost } from '../engine/procedure/acting-hosts.ts';
import { isOtherTargetId, stepSpecOf } from '../engine/procedure/index.ts';
import { recognizePage } from '../engine/recognize.ts';
import { pageBusy } from '../engine/shown.ts';
import { isStepId, PAGE_STEPS, type StepId } from '../shared/steps.ts';
import { startGuide } from './guide.ts';
import { takeOver } from './handoff.ts';
import { background, learnedStore } from './messaging.ts';
import type { EnginePort, TeachPort } from './port.ts';
import { timedPass } from './timing.ts';

// The guide with the engine behind it, started by guide.js (guide-start.ts), which the background injects once
// gate.js has opened (gate-watch.ts): after the page's load event, and only where a step could be recognised. The
// gate's reading of the page is taken over (handoff.ts), not made again.

const step = (id: string): StepId => {
  if (!isStepId(id)) throw new Error(`unknown step ${id}`);
  return id;
};

/** The engine behind the guide's port. One scan of the page per pass: recognition runs first and the look-ups of
 *  the same pass reuse it (the page cannot change in between, the pass is synchronous). The first scan goes on
 *  from `handed`, the gate's reading of the unchanged page, when there is one. */
export function engine(doc: Document, handed: PageReading | null = null): EnginePort {
  let scan: PageScan | null = null;
  let gate = handed;
  const current = () => {
    scan ??= new PageScan(doc);
    return scan;
  };
  return {
    recognize: (d, url) => {
      scan = gate?.doc === d ? new PageScan(d, gate) : new PageScan(d);
      gate = null;
      return recognizePage(d, url, { scan });
    },
    // Learned fingerprints come from the background, which checked them against the engine's schema.
    find: (d, stepId, learned, company) =>
      findTarget(d, isOtherTargetId(stepId) ? stepId : step(stepId), {
        scan: current(),
        learned: learned as readonly Fingerprint[],
        ...(company ? { company } : {}),
      }),
    findRights: (d, rights) => findRights(d, rights, current()),
    outcome: (d, profile, company) =>
      detectOutcome(d, profile, { scan: current(), ...(company ? { company } : {}) }),
    // This frame's host decides too: fill and tick only where the procedure does (acting-hosts.ts).
    action: (stepId) => actionOnHost(stepSpecOf(step(stepId)).action, doc.location?.hostname ?? ''),
    // The reading of this pass: its walk over the page is not made again.
    shadowRoots: () => current().shadowRoots(),
    busy: () => pageBusy(current()),
    listedRights: (d) =>
      [...d.querySelectorAll('li')].map((element) => {
        const text = (element.textContent ?? '').trim();
        return { element, text, right: text.length > 200 ? null : rightOfCaption(text) };
      }),
    pageSteps: PAGE_STEPS,
  };
}

const teaching: TeachPort = {
  // A fresh scan: the element is picked after the page may have changed since the last pass.
  fingerprint: (element, stepId) => makeFingerprint(element, step(stepId)),
  ...learnedStore,
};

export function boot(): void {
  timedPass(performance, () =>
    startGuide(window, engine(document, takeOver(document)), background, teaching),
  );
}
