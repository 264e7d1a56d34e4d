import type { RightId } from '../../shared/profile.ts';
import { rightOfConcepts } from './right-concepts.ts';
import { PageScan } from './scan.ts';

// The rights page. A wrong tick here is the worst failure the product can have, so a checkbox is recognised only
// when its label's set of concepts EQUALS one of a right's (right-concepts.ts): « Déclaration DmfA » shares every
// word with « Déclaration de modification DmfA » and still names another right, and an unknown word names nothing.

export type KnownRight = RightId;

export interface RightsResult {
  boxes: Partial<Record<RightId, HTMLInputElement>>;
  missing: RightId[];
  /** Checked boxes of known rights the profile does not ask for (e.g. « Déclaration DmfA »). */
  wrongTicked: HTMLInputElement[];
}

/** The right a label names, or null when it names none or is ambiguous. */
export function rightOfCaption(text: string): KnownRight | null {
  return rightOfConcepts(text);
}

/** The text right after an unlabelled checkbox (`<input> Caption`). */
function textAfter(box: Element): string {
  let text = '';
  for (let node = box.nextSibling; node && text.length < 200; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).matches('input, select, textarea, button, br')) break;
    text += node.textContent ?? '';
  }
  return text.trim();
}

/** The right a checkbox grants, or null when its labels name none, or name two different rights. */
export function rightOfCheckbox(scan: PageScan, box: Element): KnownRight | null {
  const labels = scan.explicitLabels(box);
  if (labels.length === 0) labels.push(textAfter(box));
  const named = new Set<KnownRight>();
  for (const label of labels) {
    const right = rightOfCaption(label);
    if (right) named.add(right);
  }
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/** Visible checkboxes (native ones: the guide reads and sets `checked`) with the right each one grants. */
export function classifyCheckboxes(scan: PageScan): { box: HTMLInputElement; right: KnownRight | null }[] {
  return scan
    .withRoles(['checkbox'])
    .filter((c) => c.element.localName === 'input' && scan.isCandidate(c))
    .map((c) => ({ box: c.element as HTMLInputElement, right: rightOfCheckbox(scan, c.element) }));
}

export function findRights(
  doc: Document,
  rights: readonly RightId[],
  scan: PageScan = new PageScan(doc),
): RightsResult {
  const classified = classifyCheckboxes(scan);
  const boxes: Partial<Record<RightId, HTMLInputElement>> = {};
  const missing: RightId[] = [];
  for (const right of rights) {
    const matching = classified.filter((c) => c.right === right);
    // Two boxes for one right: the page is not what we think it is; tick nothing.
    if (matching.length === 1 && matching[0]) boxes[right] = matching[0].box;
    else missing.push(right);
  }
  const wrongTicked = classified
    .filter((c) => c.right !== null && !(rights as readonly string[]).includes(c.right) && c.box.checked)
    .map((c) => c.box);
  return { boxes, missing, wrongTicked };
}
