import * as z from 'zod/mini';
// Every step id of docs/procedure.md, in the order the client meets them. The ids are a stable interface
// (tests, fixtures, the in-page marker `data-onss-guide-target`): add ids, never rename one.

export const STEP_IDS = [
  'prepare.credentials',
  'prepare.eid-software',
  'register.start',
  'register.enterprise-number',
  'register.not-legal-representative',
  'register.contact',
  'register.done',
  'connect.start',
  'connect.method',
  'connect.pick-company',
  'connect.all-services',
  'grant.access-management',
  'grant.pick-quality',
  'grant.employer-onss',
  'grant.add-user',
  'grant.niss',
  'grant.rights',
  'grant.save',
  'grant.confirm',
  'grant.done',
  'notify.email',
  'notify.help',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export const STEP_ORDER: readonly StepId[] = STEP_IDS;

/** Steps that happen in the popup only: no portal page shows them. */
export const POPUP_STEPS: readonly StepId[] = [
  'prepare.credentials',
  'prepare.eid-software',
  'notify.email',
  'notify.help',
];

/** Steps that happen on a page of the portal (or the federal login). */
export const PAGE_STEPS: readonly StepId[] = STEP_IDS.filter((id) => !POPUP_STEPS.includes(id));

export type Phase = 'register' | 'connect' | 'grant';

/**
 * The client's three phases, as the card names them: registering a company, logging in up to its « Employeur ONSS »
 * users, and access for each analyst (the part repeated per analyst). A step is counted within its phase, so the
 * counter only goes up inside a phase and starts again for each analyst; it never jumps across the whole
 * procedure. Steps outside a phase's straight line (the refusal, the finished list) and the registration's steps
 * (the portal shows its own « Étape 1 sur 3 » beside them) name the phase without a number.
 */
const PHASES: readonly { phase: Phase; counted: readonly StepId[]; named: readonly StepId[] }[] = [
  {
    phase: 'register',
    counted: [],
    named: [
      'register.start',
      'register.enterprise-number',
      'register.not-legal-representative',
      'register.contact',
      'register.done',
    ],
  },
  {
    phase: 'connect',
    counted: [
      'connect.start',
      'connect.method',
      'connect.pick-company',
      'connect.all-services',
      'grant.access-management',
      'grant.pick-quality',
      'grant.employer-onss',
    ],
    named: [],
  },
  {
    phase: 'grant',
    counted: ['grant.add-user', 'grant.niss', 'grant.rights', 'grant.save', 'grant.confirm'],
    named: ['grant.done'],
  },
];

export type StepPhase = { phase: Phase; n: number; total: number } | { phase: Phase; n?: undefined };

/** Where a page step stands within its phase; null for a step that no page shows (the popup's). */
export function stepPhase(id: string): StepPhase | null {
  for (const { phase, counted, named } of PHASES) {
    const index = (counted as readonly string[]).indexOf(id);
    if (index >= 0) return { phase, n: index + 1, total: counted.length };
    if ((named as readonly string[]).includes(id)) return { phase };
  }
  return null;
}

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function isPageStep(id: StepId): boolean {
  return PAGE_STEPS.includes(id);
}

// Marked pure so that a bundle using only the step lists (the popup) drops the schemas, and zod with them.
export const StepIdSchema = /* @__PURE__ */ z.enum(STEP_IDS);

/** Roles as dom-accessibility-api reports them; `clickable` is an element with a click handler and no role. */
export const Role = /* @__PURE__ */ z.enum([
  'link',
  'button',
  'textbox',
  'spinbutton',
  'combobox',
  'checkbox',
  'radio',
  'row',
  'cell',
  'gridcell',
  'option',
  'menuitem',
  'tab',
  'treeitem',
  'listitem',
  'clickable',
]);
export type Role = z.infer<typeof Role>;
