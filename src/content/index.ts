import { findTarget } from '../engine/finder/find.ts';
import { findRights } from '../engine/finder/rights.ts';
import { PageScan } from '../engine/finder/scan.ts';
import { type Fingerprint, makeFingerprint } from '../engine/fingerprint.ts';
import { detectOutcome } from '../engine/outcomes.ts';
import { stepSpecOf } from '../engine/procedure/index.ts';
import { recognizePage } from '../engine/recognize.ts';
import { isStepId, PAGE_STEPS, type StepId } from '../engine/steps.ts';
import { isProcedureHost } from '../shared/hosts.ts';
import { startGuide } from './guide.ts';
import { background, learnedStore } from './messaging.ts';
import type { EnginePort, TeachPort } from './port.ts';
import { timedPass } from './timing.ts';

// Thin entry: the manifest limits this script to the procedure's hosts (in every frame); the checks below are a
// second lock, and keep the guide out of frames of another origin (a password manager's rule: same origin only).

function sameOriginAsTop(win: Window): boolean {
  if (win === win.top) return true;
  try {
    return win.top?.location.origin === win.location.origin && win.location.origin !== 'null';
  } catch {
    return false;
  }
}

const step = (id: string): StepId => {
  if (!isStepId(id)) throw new Error(`unknown step ${id}`);
  return id;
};

/** The engine behind the guide's port. One scan of the page per pass: recognition runs first and the look-ups of
 *  the same pass reuse it (the page cannot change in between, the pass is synchronous). */
function engine(doc: Document): EnginePort {
  let scan: PageScan | null = null;
  const current = () => {
    scan ??= new PageScan(doc);
    return scan;
  };
  return {
    recognize: (d, url) => {
      scan = new PageScan(d);
      return recognizePage(d, url, { scan });
    },
    // Learned fingerprints come from the background, which checked them against the engine's schema.
    find: (d, stepId, learned, company) =>
      findTarget(d, step(stepId), {
        scan: current(),
        learned: learned as readonly Fingerprint[],
        ...(company ? { company } : {}),
      }),
    findRights: (d, rights) => findRights(d, rights, current()),
    outcome: (d, profile, company) =>
      detectOutcome(d, profile, { scan: current(), ...(company ? { company } : {}) }),
    action: (stepId) => stepSpecOf(step(stepId)).action,
    pageSteps: PAGE_STEPS,
  };
}

const teaching: TeachPort = {
  // A fresh scan: the element is picked after the page may have changed since the last pass.
  fingerprint: (element, stepId) => makeFingerprint(element, step(stepId)),
  ...learnedStore,
};

const start = () => timedPass(performance, () => startGuide(window, engine(document), background, teaching));

if (isProcedureHost(location.hostname) && sameOriginAsTop(window)) {
  // The first reading of the page waits for its load event, so that it does not delay the page's own loading
  // (one listener, no timer); content that comes later is seen by the guide's MutationObserver.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
