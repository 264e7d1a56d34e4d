import { ownText } from '../dom/tree.ts';
import { byId, clip, textOf } from './naming.ts';

// A field's label where the page gives it none (no <label for>, no aria): the text just before it, an orphan
// <label> beside it in a small block, or a short label right after it. PageScan.labels (scan.ts) falls back on
// these.

const FIELDS =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea';

/** The text just before the element, climbing out of wrappers that hold nothing else. */
export function textBefore(element: Element): string {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 4; depth++) {
    const previous = current.previousElementSibling;
    const parent: Element | null = current.parentElement;
    if (previous) return textOf(previous);
    if (parent && ownText(parent) !== '') return clip(ownText(parent));
    current = parent;
  }
  return '';
}

/** A <label> that names no field (no `for`, or a broken one), alone with this field in a small block. */
export function orphanLabel(element: Element): string {
  let block = element.parentElement;
  for (let depth = 0; block && depth < 3; depth++, block = block.parentElement) {
    if (block.querySelectorAll(FIELDS).length > 1) return '';
    const labels = [...block.querySelectorAll('label')].filter((label) => {
      const target = label.getAttribute('for');
      return !target || !byId(label, target);
    });
    if (labels.length > 1) return '';
    if (labels[0]) return textOf(labels[0]);
  }
  return '';
}

/** A label placed right after the field (some layouts do): its next sibling, when short. */
export function textAfter(element: Element): string {
  const next = element.nextElementSibling;
  if (!next || next.matches('input, select, textarea, button')) return '';
  const text = textOf(next);
  return next.localName === 'label' || text.length <= 60 ? text : '';
}
