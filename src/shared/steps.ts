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

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function isPageStep(id: StepId): boolean {
  return PAGE_STEPS.includes(id);
}

export const StepIdSchema = z.enum(STEP_IDS);

/** Roles as dom-accessibility-api reports them; `clickable` is an element with a click handler and no role. */
export const Role = z.enum([
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
