import { labelledBy } from '../../engine/finder/naming.ts';
import type { Avoid, Box } from './position.ts';

// What the card must not cover on the page, read as viewport boxes: the portal's own messages (errors,
// confirmations), the fields of the target's form and what names them (their labels; a row holding one field is
// that field's line, its label beside it, as in a table of rights), the other rows of the form, the target's row
// and its form. Messages are found by their role and, since a portal
// does not always mark them, by the usual class names of message boxes.

/** Message boxes: ARIA roles first, then class names used by portals and web frameworks (the replica's `alert`,
 *  JSF/PrimeFaces `ui-messages`, Wicket `feedbackPanel`, Bootstrap `alert`, `error`, `notification`, …). */
export const MESSAGE_SELECTOR = [
  '[role=alert]',
  '[role=status]',
  '[aria-live=assertive]',
  '[class~=alert]',
  '[class*=alert-]',
  '[class*=message i]',
  '[class*=feedback i]',
  '[class*=notification i]',
  '[class*=error i]',
  '[class*=warning i]',
  '[class*=success i]',
].join(',');

const FIELD_SELECTOR =
  'input:not([type=hidden]), select, textarea, button, [role=button], [role=checkbox], [role=textbox]';
const ROW_SELECTOR = 'tr, [role=row], li';
/** A "message" box this large is a page region with a message class, not a message. */
const MAX_MESSAGE_SHARE = 0.4;

function boxOf(element: Element): Box | null {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

export interface PageBoxes extends Avoid {
  /** The portal's messages: never dimmed. */
  messages: Box[];
  /** What names the form's fields (labels, a field's own row), also in `hard`: kept clear whenever the card can be
   *  placed so; covered as little as possible where no place clears them (a page of rights filling the view). */
  named: Box[];
  /** The part of `named` that names a ticked or flagged box: the rows the card asks the client to check. */
  marked: Box[];
}

/** Where the card goes when no place clears what names the fields: still clear of the target, the fields and the
 *  messages, over as little of their labels as can be (rather than a badge the client must think of opening).
 *  Labels in `spared` stay clear all the same (the rights ticked or flagged, which the client is asked to read). */
export function overLabels(avoid: PageBoxes, spared: readonly Box[] = []): Avoid {
  const covered = new Set(avoid.named.filter((box) => !spared.includes(box)));
  return { hard: avoid.hard.filter((box) => !covered.has(box)), soft: [...covered, ...avoid.soft] };
}

/** Whether the client is asked to read this field's line: a box ticked (by the guide or by hand) or flagged. */
function marked(field: Element): boolean {
  return (
    (field as HTMLInputElement).checked === true ||
    field.getAttribute('aria-checked') === 'true' ||
    field.hasAttribute('data-onss-guide-flag')
  );
}

/** What names a field on the page: its <label>s (label[for] and a wrapping label) and what aria-labelledby names. */
function labelsOf(field: Element): Element[] {
  const labels: Element[] = [...((field as HTMLInputElement).labels ?? [])];
  for (const label of labelledBy(field)) if (!labels.includes(label)) labels.push(label);
  return labels;
}

/** The boxes to keep clear in the target's document (`own` tells the overlay's own nodes apart). */
export function boxesToAvoid(doc: Document, target: Element | null, own: (node: Node) => boolean): PageBoxes {
  const win = doc.defaultView as Window;
  const viewArea = win.innerWidth * win.innerHeight;
  const messages: Box[] = [];
  for (const element of doc.querySelectorAll(MESSAGE_SELECTOR)) {
    if (own(element) || (target && element.contains(target) && element !== target)) continue;
    const box = boxOf(element);
    if (box && box.width * box.height <= viewArea * MAX_MESSAGE_SHARE) messages.push(box);
  }
  const hard = [...messages];
  const soft: Box[] = [];
  const named: Box[] = [];
  const markedNames: Box[] = [];
  const form = target?.closest('form') ?? null;
  if (form) {
    const rows = new Map<Element, { fields: number; marked: boolean }>();
    for (const field of form.querySelectorAll(FIELD_SELECTOR)) {
      const box = boxOf(field);
      if (box) hard.push(box);
      const isMarked = marked(field);
      for (const label of labelsOf(field)) {
        const box = boxOf(label);
        if (box) named.push(box);
        if (box && isMarked) markedNames.push(box);
      }
      const row = field.parentElement?.closest(ROW_SELECTOR);
      if (row && form.contains(row)) {
        const seen = rows.get(row);
        rows.set(row, { fields: (seen?.fields ?? 0) + 1, marked: (seen?.marked ?? false) || isMarked });
      }
    }
    for (const [row, { fields, marked: isMarked }] of rows) {
      const box = boxOf(row);
      if (!box) continue;
      (fields === 1 ? named : soft).push(box);
      if (fields === 1 && isMarked) markedNames.push(box);
    }
    hard.push(...named);
    const formBox = boxOf(form);
    if (formBox) soft.push(formBox);
  }
  const row = target?.parentElement?.closest(ROW_SELECTOR);
  const rowBox = row ? boxOf(row) : null;
  if (rowBox) soft.push(rowBox);
  return { hard, soft, messages, named, marked: markedNames };
}
