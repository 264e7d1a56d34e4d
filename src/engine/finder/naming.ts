// What names an element on a page, beside its accessible name: its text clipped, its aria-labelledby texts, the
// heading of the card a generic « Ouvrir » link opens, and which elements carry a value or naming attributes.
// PageScan (scan.ts) reads names through these.

const MAX_TEXT = 200;
export function clip(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_TEXT ? collapsed.slice(0, MAX_TEXT) : collapsed;
}

/** Stylesheet-free getComputedStyle for the accessible-name computation: jsdom's real one costs milliseconds. */
export function inlineStyle(element: Element): CSSStyleDeclaration {
  return (element as HTMLElement).style ?? ({ getPropertyValue: () => '' } as unknown as CSSStyleDeclaration);
}

export function textOf(element: Element | null | undefined): string {
  return element ? clip(element.textContent ?? '') : '';
}

export function byId(element: Element, id: string): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/** HTML elements with a `value` property. */
export const VALUED = new Set([
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'li',
  'meter',
  'progress',
  'data',
  'output',
  'param',
]);

/** Attributes that may name an element (with its text, value and images' alt texts). */
export const NAMING_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

/** Captions that only say "open": on a card or tile, the card's own heading names what the link opens. */
export const OPEN_WORDS = new Set([
  'ouvrir',
  'acceder',
  'acceder au service',
  'openen',
  'open',
  'naar de dienst',
  'offnen',
  'zum dienst',
  'go',
]);
const CLICKABLE = 'a[href], button, [role="link"], [role="button"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The elements its aria-labelledby names, in its own document or shadow root. */
export function labelledBy(el: Element): Element[] {
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((id) => byId(el, id) ?? []);
}

/** The texts its aria-labelledby names. */
export function labelledByText(el: Element): string {
  return labelledBy(el)
    .map((label) => label.textContent ?? '')
    .join(' ');
}

/**
 * The heading of the card that holds a generic « Ouvrir » link: the nearest ancestor (within four levels) holding a
 * heading must hold exactly one heading and exactly one clickable element (this one), else the link stays unnamed.
 */
export function cardHeading(el: Element): string {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
    const headings = node.querySelectorAll(HEADING);
    if (headings.length === 0) continue;
    if (headings.length !== 1 || node.querySelectorAll(CLICKABLE).length !== 1) return '';
    return clip(textOf(headings[0] as Element));
  }
  return '';
}
