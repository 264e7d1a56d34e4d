// Pre-filling the way password managers found that pages accept: only visible, editable, non-secret fields of this
// frame; focus, native value setter, input + change, blur; then read the value back a frame later and say so if
// the page put something else there. Nothing here ever clicks a button or submits a form.

export type Refusal = 'not-a-text-field' | 'secret' | 'hidden' | 'not-editable' | 'other-document';

const TEXT_TYPES = new Set(['', 'text', 'tel', 'number', 'search']);
const SECRET_AUTOCOMPLETE = /password|one-time-code|cc-/i;

/** Why this element must not be filled, or null when it may. */
export function refusalFor(element: Element, doc: Document): Refusal | null {
  if (element.ownerDocument !== doc) return 'other-document';
  if (!(element instanceof (doc.defaultView as Window & typeof globalThis).HTMLInputElement))
    return 'not-a-text-field';
  const type = element.type.toLowerCase();
  if (type === 'password' || SECRET_AUTOCOMPLETE.test(element.autocomplete)) return 'secret';
  if (type === 'hidden' || !isShown(element)) return 'hidden';
  if (!TEXT_TYPES.has(type)) return 'not-a-text-field';
  if (element.disabled || element.readOnly) return 'not-editable';
  return null;
}

/** Shown to a person: not display:none / visibility:hidden / [hidden] up the tree, and not a zero-size trap. */
export function isShown(element: Element): boolean {
  const rects = element.getClientRects();
  // Without layout (no client rects at all) the style checks below decide; a rendered 0×0 box is a trap.
  if (rects.length > 0 && [...rects].every((rect) => rect.width === 0 || rect.height === 0)) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(element).visibility === 'hidden') return false;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (node instanceof view.HTMLElement && node.hidden) return false;
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/** A date-like mask such as `YY.MM.DD-XXX.XX`, `00.00.00-000.00` or `ex. 85.07.30-033.28` in a placeholder. */
const FORMATTED_MASK = /[\dxjmaysnd#_*]{2}[.\-/ ][\dxjmaysnd#_*]{2}[.\-/ ][\dxjmaysnd#_*]{2}/i;

/** The NISS as this field expects it: its pattern decides, then its maxlength, then its placeholder; digits otherwise. */
export function nissValueFor(input: HTMLInputElement, digits: string, formatted: string): string {
  const pattern = input.getAttribute('pattern');
  if (pattern) {
    const matches = (value: string) => {
      try {
        return new RegExp(`^(?:${pattern})$`, 'v').test(value);
      } catch {
        try {
          return new RegExp(`^(?:${pattern})$`, 'u').test(value);
        } catch {
          return false;
        }
      }
    };
    if (matches(digits)) return digits;
    if (matches(formatted)) return formatted;
  }
  if (input.type === 'number' || input.inputMode === 'numeric') return digits;
  const max = input.maxLength;
  if (max > 0 && max < formatted.length) return digits;
  if (FORMATTED_MASK.test(input.placeholder)) return formatted;
  return digits;
}

/** Sets a value the way a person typing would be seen by the page's scripts. */
export function setValue(input: HTMLInputElement, value: string): void {
  const view = input.ownerDocument.defaultView as Window & typeof globalThis;
  input.focus({ preventScroll: true });
  // The prototype's setter, not the instance's: frameworks (React) shadow `value` on the instance to track it.
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
  input.blur();
}

export const digitsOf = (value: string) => value.replace(/\D/g, '');

export type FillResult =
  | { status: 'filled'; value: string; previous: string }
  | { status: 'reverted'; value: string; previous: string; found: string };

/** Fills, waits for the page to react, reads back. "Kept" means the same digits, whatever formatting the page added. */
export async function fillAndCheck(
  input: HTMLInputElement,
  value: string,
  settle: () => Promise<void>,
): Promise<FillResult> {
  const previous = input.value;
  setValue(input, value);
  await settle();
  const found = input.value;
  return digitsOf(found) === digitsOf(value)
    ? { status: 'filled', value, previous }
    : { status: 'reverted', value, previous, found };
}

/** Ticks or unticks a checkbox as a person's click would (the page's own handlers run), and says if it took. */
export function setChecked(box: HTMLInputElement, checked: boolean): boolean {
  if (box.type !== 'checkbox' || box.disabled) return false;
  if (box.checked !== checked) box.click();
  return box.checked === checked;
}
