import type { RightId } from '../../shared/profile.ts';
import { RIGHT_CAPTIONS } from '../procedure/captions.ts';
import { allTexts } from '../procedure/index.ts';
import { normalize } from '../text.ts';
import { PageScan } from './scan.ts';
import { SEGMENT_BREAK } from './similarity.ts';

// The rights page. A wrong tick here is the worst failure the product can have, so a checkbox is recognised only
// when its WHOLE label (or one whole delimited part of it) equals a known caption of exactly one right, after
// folding case, accents and punctuation. Never substrings: « Déclaration DmfA » is a word-for-word part of
// « Déclaration de modification DmfA » and must stay a different right.

export type KnownRight = keyof typeof RIGHT_CAPTIONS;

export interface RightsResult {
  boxes: Partial<Record<RightId, HTMLInputElement>>;
  missing: RightId[];
  /** Checked boxes of known rights the profile does not ask for (e.g. « Déclaration DmfA »). */
  wrongTicked: HTMLInputElement[];
}

function buildIndex(): Map<string, KnownRight> {
  const index = new Map<string, KnownRight>();
  for (const [right, texts] of Object.entries(RIGHT_CAPTIONS) as [
    KnownRight,
    (typeof RIGHT_CAPTIONS)[KnownRight],
  ][]) {
    for (const text of allTexts(texts)) {
      for (const key of [normalize(text), normalize(text).replaceAll(' ', '')]) {
        const other = index.get(key);
        if (other && other !== right) throw new Error(`caption « ${text} » names both ${other} and ${right}`);
        index.set(key, right);
      }
    }
  }
  return index;
}

/** Built on first use: only the rights page needs it, and every page of the portal loads the guide's code. */
let rightsIndex: Map<string, KnownRight> | null = null;

function lookup(text: string): KnownRight | null {
  const folded = normalize(text);
  rightsIndex ??= buildIndex();
  return rightsIndex.get(folded) ?? rightsIndex.get(folded.replaceAll(' ', '')) ?? null;
}

/** The right a label names, or null when it names none or is ambiguous. */
export function rightOfCaption(text: string): KnownRight | null {
  const whole = lookup(text);
  if (whole) return whole;
  // « Ecaro — Consultation externe A055 ONEM »: every named part must name the same right.
  const named = new Set<KnownRight>();
  for (const part of text.split(SEGMENT_BREAK)) {
    const right = lookup(part);
    if (right) named.add(right);
  }
  return named.size === 1 ? ([...named][0] ?? null) : null;
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
