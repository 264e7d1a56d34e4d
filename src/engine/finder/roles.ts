import type { Role } from '../procedure/schema.ts';
import { identifierWords } from '../text.ts';

// The role of an element a person can act on, or null when it is not actionable. Cheap and layout-free: explicit
// role first, then the element's kind, then signs of a click handler on a plain element (onclick, tabindex, a
// class that says "button"), which is how older portals build their buttons and clickable rows.

const EXPLICIT: Record<string, Role> = {
  button: 'button',
  link: 'link',
  checkbox: 'checkbox',
  switch: 'checkbox',
  menuitemcheckbox: 'checkbox',
  radio: 'radio',
  menuitemradio: 'radio',
  menuitem: 'menuitem',
  tab: 'tab',
  option: 'option',
  row: 'row',
  gridcell: 'gridcell',
  treeitem: 'treeitem',
  textbox: 'textbox',
  searchbox: 'textbox',
  combobox: 'combobox',
  spinbutton: 'spinbutton',
};

const INPUT_ROLES: Record<string, Role | null> = {
  checkbox: 'checkbox',
  radio: 'radio',
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  number: 'spinbutton',
  text: 'textbox',
  email: 'textbox',
  tel: 'textbox',
  search: 'textbox',
  url: 'textbox',
  hidden: null,
  // Never a target: the guide does not touch passwords.
  password: null,
  file: null,
  range: null,
  color: null,
};

const CLICKABLE_CLASS_WORDS = new Set(['btn', 'button', 'clickable', 'link', 'action']);

function looksClickable(element: Element): boolean {
  if (element.hasAttribute('onclick')) return true;
  const tabindex = element.getAttribute('tabindex');
  if (tabindex !== null && Number(tabindex) >= 0) return true;
  if (/cursor\s*:\s*pointer/i.test(element.getAttribute('style') ?? '')) return true;
  const classes = element.getAttribute('class');
  if (!classes) return false;
  const words = identifierWords(classes);
  return words.some((w) => CLICKABLE_CLASS_WORDS.has(w));
}

/** Roles of elements without any attribute (most of a page): no explicit role, link target or click handler. */
const BARE = new Map<string, Role>([
  ['button', 'button'],
  ['summary', 'button'],
  ['input', 'textbox'],
  ['select', 'combobox'],
  ['textarea', 'textbox'],
]);

/** The role of an element without any attribute, from its local name alone. */
export function bareRole(localName: string): Role | null {
  return BARE.get(localName) ?? null;
}

export function roleOf(element: Element): Role | null {
  return element.hasAttributes() ? attributedRole(element, element.localName) : bareRole(element.localName);
}

/** The role of an element that has attributes, its local name already read (the page walk reads it). */
export function attributedRole(element: Element, localName: string): Role | null {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit && Object.hasOwn(EXPLICIT, explicit)) return EXPLICIT[explicit] ?? null;
  switch (localName) {
    case 'a':
      return element.hasAttribute('href') || looksClickable(element) ? 'link' : null;
    case 'button':
    case 'summary':
      return 'button';
    case 'input': {
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      const role = INPUT_ROLES[type];
      return role === undefined ? 'textbox' : role;
    }
    case 'select':
      return 'combobox';
    case 'textarea':
      return 'textbox';
  }
  if (!looksClickable(element)) return null;
  switch (localName) {
    case 'tr':
      return 'row';
    case 'td':
    case 'th':
      return 'cell';
    case 'li':
      return 'listitem';
    default:
      return 'clickable';
  }
}
