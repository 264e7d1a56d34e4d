import { composedParent } from './roots.ts';

// Bringing the target into view where a person sees it: below the page's fixed or sticky header (which would
// otherwise cover a target scrolled to the top edge), centred in the space left.

const MARGIN = 12;

/** Height of the fixed or sticky bars covering the top of the viewport. */
export function headerInset(win: Window): number {
  const doc = win.document;
  if (typeof doc.elementsFromPoint !== 'function') return 0;
  let inset = 0;
  for (const x of [0.1, 0.5, 0.9].map((f) => Math.round(win.innerWidth * f))) {
    for (const element of doc.elementsFromPoint(x, 1)) {
      const bar = pinnedAncestor(win, element);
      if (!bar) continue;
      const rect = bar.getBoundingClientRect();
      if (rect.top <= 1 && rect.bottom < win.innerHeight / 2) inset = Math.max(inset, rect.bottom);
    }
  }
  return inset;
}

function pinnedAncestor(win: Window, element: Element): Element | null {
  for (let node: Element | null = element; node && node !== win.document.body; node = composedParent(node)) {
    const position = win.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return null;
}

/** True when the whole element is visible below the header. */
export function isInClearView(win: Window, rect: DOMRect, inset: number): boolean {
  return (
    rect.top >= inset && rect.bottom <= win.innerHeight && rect.left >= 0 && rect.right <= win.innerWidth
  );
}

/** Scrolls so that the element sits in the middle of the space under the header; does nothing if already visible.
 *  Instantly: a target still moving when the person (or a test) clicks makes the click land elsewhere. */
export function reveal(win: Window, element: Element): void {
  const box = element.getBoundingClientRect();
  // A header counts only while it covers less than the top half (headerInset): a target wholly visible in the
  // lower half needs no look for one (hit tests and computed styles up the tree).
  if (box.top >= win.innerHeight / 2 && isInClearView(win, box, 0)) return;
  const inset = headerInset(win);
  if (isInClearView(win, box, inset)) return;
  // Inner scroll containers first (instantly), then the window, by the exact amount.
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = element.getBoundingClientRect();
  const room = win.innerHeight - inset;
  const wanted = inset + Math.max(MARGIN, (room - rect.height) / 2);
  const delta = rect.top - wanted;
  if (Math.abs(delta) > 1) win.scrollBy({ top: delta, behavior: 'instant' });
}
