import { maskFreeText } from '../engine/vocabulary.ts';

// "Report a problem": an anonymised outline of the page, enough for the firm to see what the guide saw (structure,
// roles, captions of controls and headings) and nothing personal: no field values, no password fields beyond their
// caption, every digit masked (NISS, enterprise and phone numbers), e-mail addresses removed, and every word that is
// not the procedure's vocabulary masked (names of people and companies). The person sees it before it is sent.

const CONTAINERS = new Set([
  'header',
  'nav',
  'main',
  'aside',
  'footer',
  'form',
  'table',
  'fieldset',
  'dialog',
  'ul',
  'ol',
]);
const CONTAINER_ROLES = new Set([
  'dialog',
  'navigation',
  'main',
  'menu',
  'menubar',
  'list',
  'grid',
  'table',
  'tablist',
  'form',
]);
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'tab',
  'menuitem',
  'option',
  'switch',
  'textbox',
  'combobox',
]);
const CONTROLS = new Set(['a', 'button', 'input', 'select', 'textarea', 'label', 'summary', 'iframe']);
const HEADINGS = /^h[1-6]$/;
const MAX_CAPTION = 60;

export const anonymise = maskFreeText;

function caption(element: Element): string {
  const tag = element.localName;
  const aria = element.getAttribute('aria-label');
  if (aria) return aria;
  if (tag === 'input') {
    const input = element as HTMLInputElement;
    const type = input.type.toLowerCase();
    if (type === 'password') return '';
    // A button-like input's value is its caption; any other input's value is the person's data.
    if (['submit', 'button', 'reset'].includes(type)) return input.value;
    const labels = input.labels ? [...input.labels].map((l) => l.textContent ?? '').join(' ') : '';
    return labels || input.placeholder || input.title;
  }
  if (tag === 'select' || tag === 'textarea') {
    const labels = (element as HTMLSelectElement).labels;
    return labels ? [...labels].map((l) => l.textContent ?? '').join(' ') : '';
  }
  if (tag === 'iframe') return element.getAttribute('title') ?? '';
  return element.textContent ?? '';
}

function describe(element: Element, found: 'container' | 'line'): string {
  const tag = element.localName;
  const role = element.getAttribute('role');
  let name = tag;
  if (tag === 'input') name += `[${(element as HTMLInputElement).type.toLowerCase()}]`;
  if (role) name += `[role=${role}]`;
  if (tag === 'table') name += ` (${(element as HTMLTableElement).rows.length} rows)`;
  if (tag === 'select') name += ` (${(element as HTMLSelectElement).options.length} options)`;
  // A container's text is its children's: only its own label names it.
  const own = found === 'container' ? (element.getAttribute('aria-label') ?? '') : caption(element);
  const text = anonymise(own).slice(0, MAX_CAPTION);
  return text ? `${name} "${text}"` : name;
}

function kind(element: Element): 'container' | 'line' | null {
  const tag = element.localName;
  const role = element.getAttribute('role') ?? '';
  if (CONTAINERS.has(tag) || CONTAINER_ROLES.has(role)) return 'container';
  if (CONTROLS.has(tag) || CONTROL_ROLES.has(role) || HEADINGS.test(tag)) return 'line';
  return null;
}

/** One line per heading, landmark, container and control, indented by containers, in document order. */
export function pageOutline(doc: Document, maxLines = 400): string[] {
  const lines: string[] = [];
  const visit = (parent: Element | Document | ShadowRoot, depth: number) => {
    for (const child of parent.children) {
      if (lines.length >= maxLines) return;
      if (child.localName === 'script' || child.localName === 'style' || child.localName === 'template')
        continue;
      const found = kind(child);
      if (found) lines.push(`${'  '.repeat(depth)}${describe(child, found)}`);
      // Controls are leaves: their inner markup is already summed up by their caption.
      if (found === 'line' && child.localName !== 'label') continue;
      const inner = found === 'container' ? depth + 1 : depth;
      if (child.shadowRoot) visit(child.shadowRoot, inner);
      visit(child, inner);
    }
  };
  visit(doc, 0);
  if (lines.length >= maxLines) lines.push('…');
  return lines;
}

/** The page address without query, fragment or digits (its path is the portal's structure, not free text). */
export function anonymisedAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`.replace(/\p{N}/gu, '#').replace(/[^\w/#.:%-]/g, '');
  } catch {
    return '';
  }
}

export interface ReportInput {
  doc: Document;
  url: string;
  stepId: string;
  found:
    | { status: 'found' }
    | { status: 'not-found'; candidates: readonly { score: number; name: string }[] };
}

/** The whole problem report, exactly as the person sees it before copying or mailing it. */
export function problemReport({ doc, url, stepId, found }: ReportInput): string {
  return [
    `page: ${anonymisedAddress(url)}`,
    `lang: ${/^[a-z]{2}(?:-[a-z]{2})?$/i.test(doc.documentElement.lang) ? doc.documentElement.lang : '?'}`,
    `step: ${stepId}`,
    `target: ${found.status}`,
    ...(found.status === 'not-found'
      ? found.candidates.map((c) => `  candidate ${c.score.toFixed(2)} "${anonymise(c.name).slice(0, 60)}"`)
      : []),
    '',
    ...pageOutline(doc),
  ].join('\n');
}
