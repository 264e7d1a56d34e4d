import { STEP_IDS, type StepId } from '../../shared/steps.ts';
import { TARGET_CAPTIONS, TARGET_CONTEXT } from './captions.ts';
import { PAGES } from './pages.ts';
import type { Procedure, StepSpec, Target } from './schema.ts';
import { OTHER_TARGETS, type OtherTargetId, STEP_STRUCTURE, type TargetStructure } from './structure.ts';

// Joins the captions (captions.ts) and the structure (structure.ts) into the procedure; its pages are joined in
// pages.ts. The types come from the schemas (schema.ts); the data is checked against them by
// tests/unit/engine/procedure.test.ts, at test time, so that the content script carries the data and not the zod
// runtime.

function resolve(target: TargetStructure): Target {
  switch (target.kind) {
    case 'element': {
      const { captions, context, ...rest } = target;
      return {
        ...rest,
        names: TARGET_CAPTIONS[captions],
        ...(context ? { context: TARGET_CONTEXT[context] } : {}),
      };
    }
    case 'region':
      if (typeof target.members === 'string') return target;
      return {
        ...target,
        members: { roles: target.members.roles, names: TARGET_CAPTIONS[target.members.captions] },
      };
    case 'section':
      return { kind: 'section', headings: TARGET_CAPTIONS[target.captions] };
    default:
      return target;
  }
}

function stepSpec(id: StepId): StepSpec {
  const { action, targets } = STEP_STRUCTURE[id];
  return { id, action, targets: targets.map(resolve) };
}

const STEPS = STEP_IDS.map(stepSpec);

/** The whole procedure, pages with their texts: what its schema checks (the scripts read the pages' phrases). */
export const PROCEDURE: Procedure = { steps: STEPS, pages: PAGES };

const STEP_BY_ID = new Map(STEPS.map((step) => [step.id, step]));

export function stepSpecOf(id: StepId): StepSpec {
  const spec = STEP_BY_ID.get(id);
  if (!spec) throw new Error(`no step ${id} in the procedure`);
  return spec;
}

/** A step's targets in order, or the one target of OTHER_TARGETS a « step:detail » key names. */
export function targetsOf(id: StepId | OtherTargetId): Target[] {
  return isOtherTargetId(id) ? OTHER_RESOLVED[id] : stepSpecOf(id).targets;
}

const OTHER_RESOLVED = Object.fromEntries(
  Object.entries(OTHER_TARGETS).map(([id, target]) => [id, [resolve(target)]]),
) as Record<OtherTargetId, Target[]>;

export function isOtherTargetId(id: string): id is OtherTargetId {
  return id in OTHER_TARGETS;
}

export { allTexts } from './all-texts.ts';
export type { OtherTargetId };
