// "Report a problem": an anonymised outline of the page, enough for the firm to see what the guide saw (structure,
// roles, captions of controls and headings) and nothing personal: no field values, no password fields beyond their
// caption, every digit masked (NISS, enterprise and phone numbers), e-mail addresses removed.

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

export function anonymise(text: string): string {
  return text
    .replace(/[^\s@]+@[^\s@]+/g, '[e-mail]')
    .replace(/\d/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

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

/** The page address without query, fragment or digits. */
export function anonymisedAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return anonymise(`${parsed.origin}${parsed.pathname}`);
  } catch {
    return '';
  }
}
