import { visualParent } from '../dom/tree.ts';
import { identifierWords, normalize } from '../text.ts';
import { textOf } from './naming.ts';

// Where an element stands on the page: the texts around it (its section's headings, its small neighbours), the
// list (menu, column, table) holding it and that list's words, and the wrappers above it. PageScan (scan.ts)
// scores candidates by these; PageCandidates (candidates.ts) finds the controls inside a wrapper with the last.

const LIST_CONTAINERS = new Set(['ul', 'ol', 'nav', 'menu', 'table', 'tbody', 'aside', 'dl']);
const LIST_ROLES = new Set([
  'list',
  'menu',
  'menubar',
  'navigation',
  'tablist',
  'grid',
  'table',
  'listbox',
  'tree',
]);

/** Normalised text around the element: headings and short texts of its sections, up to a few levels. */
export function contextText(element: Element): string {
  const parts: string[] = [];
  let current: Element | null = element;
  for (let depth = 0; current && depth < 6; depth++) {
    let sibling = current.previousElementSibling;
    for (let n = 0; sibling && n < 3; n++, sibling = sibling.previousElementSibling) {
      // Small neighbours only: the text of a whole section is not "next to" the element.
      if (sibling.childElementCount > 3) continue;
      const text = textOf(sibling);
      if (text.length < 120) parts.push(text);
    }
    current = visualParent(current);
    const heading = current?.querySelector(
      ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > legend, :scope > caption',
    );
    if (heading) parts.push(textOf(heading));
  }
  return normalize(parts.join(' | '));
}

/** The nearest list (menu, column, table) holding the element, or null outside lists. */
export function listAround(element: Element): Element | null {
  let container: Element | null = visualParent(element);
  while (container) {
    const role = container.getAttribute('role') ?? '';
    if (LIST_CONTAINERS.has(container.localName) || LIST_ROLES.has(role)) return container;
    container = visualParent(container);
  }
  return null;
}

/** The identifier words of a list and of its two nearest wrappers. */
export function listWords(container: Element): Set<string> {
  const words = new Set<string>();
  for (let el: Element | null = container, depth = 0; el && depth < 3; el = visualParent(el), depth++) {
    const attrs = ['id', 'class', 'role', 'aria-label'].map((a) => el?.getAttribute(a) ?? '').join(' ');
    for (const w of identifierWords(attrs)) words.add(w);
  }
  return words;
}

const NONE: readonly Element[] = [];

/**
 * The elements of `wrappers` at or above an element (crossing shadow and frame boundaries), each ancestor's answer
 * kept: a page's controls share most of their ancestors.
 */
export function wrappersAbove(
  wrappers: ReadonlyMap<Element, unknown>,
): (from: Element | null) => readonly Element[] {
  const above = new Map<Element, readonly Element[]>();
  return (from) => {
    const path: Element[] = [];
    let known = NONE;
    for (let el = from; el; el = visualParent(el)) {
      const answer = above.get(el);
      if (answer) {
        known = answer;
        break;
      }
      path.push(el);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as Element;
      if (wrappers.has(el)) known = [...known, el];
      above.set(el, known);
    }
    return known;
  };
}
