import type { StepId } from '../../shared/steps.ts';
import { type Fingerprint, matchFingerprint } from '../fingerprint.ts';
import { stepSpecOf } from '../procedure/index.ts';
import type { ElementTarget, Role } from '../procedure/schema.ts';
import type { PageScan } from './scan.ts';
import { scoreCandidate, THRESHOLD } from './score.ts';
import { STRONG_MATCH } from './similarity.ts';
import { prepareTarget } from './target.ts';

// A learned fingerprint (teach mode, or a file the firm shipped) helps find; it never widens what the rules allow.
// - its role must be one the step's targets allow (a step whose target is a region, the rights, allows none);
// - a step that acts (fills, ticks) refuses a nameless fingerprint, and takes its element only when the rules
//   themselves accept it as safe for that action (the NISS field by its label), however weakly it ranks;
// - find.ts keeps a confident rule result over it when they disagree.

/** The roles a correction of this step may designate. */
export function allowedRoles(stepId: StepId): ReadonlySet<Role> {
  const roles = new Set<Role>();
  for (const target of stepSpecOf(stepId).targets)
    if (target.kind === 'element' || target.kind === 'company')
      for (const role of target.roles) roles.add(role);
  return roles;
}

export function stepActs(stepId: StepId): boolean {
  const { action } = stepSpecOf(stepId);
  return action === 'fill-niss' || action === 'tick-rights';
}

export type CorrectionRefusal = 'role-not-allowed' | 'nameless-for-action';

/** Why a correction may never be used for its step, whatever the page; null when it may be tried. */
export function correctionRefusal(fp: Fingerprint): CorrectionRefusal | null {
  if (!allowedRoles(fp.stepId).has(fp.role)) return 'role-not-allowed';
  if (stepActs(fp.stepId) && fp.name === '' && !fp.label) return 'nameless-for-action';
  return null;
}

/** Whether the step's own rules accept `element` as safe to act on: a candidate of its role, strongly named. */
function rulesAccept(scan: PageScan, stepId: StepId, element: Element): boolean {
  return stepSpecOf(stepId)
    .targets.filter((t): t is ElementTarget => t.kind === 'element')
    .some((target) => {
      const prepared = prepareTarget(target);
      const candidate = scan.withRoles(target.roles).find((c) => c.element === element);
      const scored = candidate ? scoreCandidate(scan, candidate, prepared) : null;
      return scored !== null && scored.name >= STRONG_MATCH && scored.score >= THRESHOLD;
    });
}

/** The element the step's corrections designate on this page, when one of them may be used and matches well. */
export function learnedMatch(
  scan: PageScan,
  stepId: StepId,
  learned: readonly Fingerprint[],
): { element: Element; score: number; margin: number } | null {
  for (const fingerprint of learned) {
    if (fingerprint.stepId !== stepId || correctionRefusal(fingerprint)) continue;
    const match = matchFingerprint(scan, fingerprint);
    if (!match) continue;
    if (stepActs(stepId) && !rulesAccept(scan, stepId, match.element)) continue;
    return match;
  }
  return null;
}
