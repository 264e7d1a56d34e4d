import type { Avoid, Box } from './position.ts';

// What the card must not cover on the page, read as viewport boxes: the portal's own messages (errors,
// confirmations), the fields of the target's form, the target's row and its form. Messages are found by their
// role and, since a portal does not always mark them, by the usual class names of message boxes.

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
  const form = target?.closest('form') ?? null;
  if (form) {
    for (const field of form.querySelectorAll(FIELD_SELECTOR)) {
      const box = boxOf(field);
      if (box) hard.push(box);
    }
    const formBox = boxOf(form);
    if (formBox) soft.push(formBox);
  }
  const row = target?.parentElement?.closest(ROW_SELECTOR);
  const rowBox = row ? boxOf(row) : null;
  if (rowBox) soft.push(rowBox);
  return { hard, soft, messages };
}
