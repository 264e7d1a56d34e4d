import type { CompanyRef } from '../../shared/state.ts';
import { isStepId, type StepId } from '../../shared/steps.ts';
import type { Fingerprint } from '../fingerprint.ts';
import { type OtherTargetId, targetsOf } from '../procedure/index.ts';
import type { ElementTarget, Target } from '../procedure/schema.ts';
import { learnedMatch } from './learned.ts';
import { findCompany, findMessage, findRegion, findSection } from './regions.ts';
import { PageScan } from './scan.ts';
import { nameFilter, roleScore, type Scored, scoreCandidate, THRESHOLD } from './score.ts';
import { STRONG_MATCH } from './similarity.ts';
import { type PreparedTarget, prepareTarget } from './target.ts';

// Finds the element a step points at, or refuses. An element is accepted only when (1) its name matches a known
// caption strongly, (2) its score passes THRESHOLD and (3) it beats the runner-up by MARGIN. Pointing at nothing
// (and saying in words what to look for) is better than pointing at the wrong element.

export { THRESHOLD };
export const MARGIN = 0.04;
const DIAGNOSTIC_COUNT = 5;

export interface Candidate {
  element: Element;
  score: number;
  name: string;
}

export type FindResult =
  /** target: which of the step's targets matched, in order (none: a correction's element). */
  | { status: 'found'; element: Element; score: number; margin: number; target?: number }
  | { status: 'not-found'; candidates: Candidate[] };

export interface FindOptions {
  /** The company being worked on: names the row to pick on the company-choice page. */
  company?: CompanyRef;
  /** Corrections (teach mode, the firm's files): used only while they match well, never over a confident rule
   *  result, and within what the rules allow (learned.ts). */
  learned?: readonly Fingerprint[];
  /** Reuse one scan of the page for several look-ups (recognition, then finding). */
  scan?: PageScan;
}

const PREPARED = new WeakMap<ElementTarget, PreparedTarget>();

function prepared(target: ElementTarget): PreparedTarget {
  let result = PREPARED.get(target);
  if (!result) {
    result = prepareTarget(target);
    PREPARED.set(target, result);
  }
  return result;
}

function diagnostics(scan: PageScan, ranked: Scored[]): Candidate[] {
  return ranked.slice(0, DIAGNOSTIC_COUNT).map((s) => ({
    element: s.candidate.element,
    score: s.score,
    name: s.label || scan.plainLabel(s.candidate),
  }));
}

/** Scores every candidate against a prepared target and applies the acceptance rules. */
export function findPrepared(scan: PageScan, target: PreparedTarget): FindResult {
  // Recognition asks for the targets of every page, then the content script for the step's: once per scan each.
  return scan.memo(target, () => rankAndAccept(scan, target));
}

function rankAndAccept(scan: PageScan, target: PreparedTarget): FindResult {
  // Only the first few count (best, runner-up, diagnostics): kept in order as a stable sort would leave them,
  // instead of sorting thousands of rows of a large page.
  // Whether a candidate is visible (isCandidate, the costly check) is asked before its name is computed, and
  // otherwise only when it would rank: skipping an invisible one leaves the ranking as it would be without it.
  const ranked: Scored[] = [];
  const mayBeNamed = nameFilter(scan, target);
  for (const c of scan.withRoles(target.roles)) {
    const named = mayBeNamed(c);
    if (named && !scan.isCandidate(c)) continue;
    const scored = named ? scoreCandidate(scan, c, target) : null;
    const score = scored ? scored.score : roleScore(c, target);
    if (score <= 0) continue;
    if (ranked.length === DIAGNOSTIC_COUNT && (ranked[DIAGNOSTIC_COUNT - 1] as Scored).score >= score)
      continue;
    if (!named && !scan.isCandidate(c)) continue;
    const entry = scored ?? { candidate: c, score, name: 0, label: '' };
    let at = ranked.length;
    while (at > 0 && (ranked[at - 1] as Scored).score < score) at--;
    ranked.splice(at, 0, entry);
    if (ranked.length > DIAGNOSTIC_COUNT) ranked.pop();
  }
  const [best, second] = ranked;
  if (!best) return { status: 'not-found', candidates: [] };
  const margin = best.score - (second?.score ?? 0);
  if (best.name < STRONG_MATCH || best.score < THRESHOLD || margin < MARGIN) {
    return { status: 'not-found', candidates: diagnostics(scan, ranked) };
  }
  return { status: 'found', element: best.candidate.element, score: best.score, margin };
}

/** Blocks found by rule (a list of rights, a message box…) are certain when found: score and margin are 1. */
function certain(element: Element | null): FindResult | null {
  return element ? { status: 'found', element, score: 1, margin: 1 } : null;
}

function findOne(scan: PageScan, target: Target, options: FindOptions): FindResult | null {
  switch (target.kind) {
    case 'element':
      return findPrepared(scan, prepared(target));
    // Blocks too are read once per scan: recognition looks for them, then the guide for its step's.
    case 'region':
      return scan.memo(target, () => certain(findRegion(scan, target.members, target.min)));
    case 'section':
      return scan.memo(target, () => certain(findSection(scan, target.headings)));
    case 'message':
      return scan.memo(target, () => certain(findMessage(scan, target.outcome)));
    case 'company':
      return options.company ? certain(findCompany(scan, target.roles, options.company)) : null;
  }
}

export function findTarget(
  doc: Document,
  stepId: StepId | OtherTargetId,
  options: FindOptions = {},
): FindResult {
  const scan = options.scan ?? new PageScan(doc);
  let diagnosticsSoFar: Candidate[] = [];
  for (const [index, target] of targetsOf(stepId).entries()) {
    const result = findOne(scan, target, options);
    if (result?.status === 'found') return { ...result, target: index };
    if (result && diagnosticsSoFar.length === 0) diagnosticsSoFar = result.candidates;
  }
  const learned =
    options.learned?.length && isStepId(stepId) ? learnedMatch(scan, stepId, options.learned) : null;
  if (learned) return { status: 'found', ...learned };
  return { status: 'not-found', candidates: diagnosticsSoFar };
}
