import { isSpaceCode } from '../text.ts';

// Walking a page the way a person sees it: into open shadow roots and same-origin frames, which string selectors
// cannot reach. Closed shadow roots and cross-origin frames stay out of reach by design.

type Root = Document | ShadowRoot | Element;

/** The document of a same-origin frame, or null (cross-origin frames throw or return null). */
export function frameDocument(element: Element): Document | null {
  if (element.localName !== 'iframe' && element.localName !== 'frame') return null;
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** The elements that may have a shadow root (attachShadow refuses the others), besides custom elements. */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/** The element's open shadow root, asked only of elements that may have one (`name`: its local name). */
export function openShadowRoot(element: Element, name: string): ShadowRoot | null {
  return SHADOW_HOSTS.has(name) || name.includes('-') ? element.shadowRoot : null;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'meta', 'link', 'title']);

export interface ElementText {
  element: Element;
  /** ownText(element): the text of its own text nodes, whitespace collapsed. */
  own: string;
  /** element.localName, read once by the walk for every pass that asks it. */
  name: string;
  /** The element has no attribute at all (most of a page): its attributes need not be read. */
  bare: boolean;
  /** The element has no child element (firstElementChild === null), seen by the walk over its children. */
  leaf: boolean;
}

/**
 * Every element under `root` in tree order, entering open shadow roots (after the host's light children, as a
 * browser renders slotted content in place) and same-origin frames, each with its own text (see ownText). Skips
 * script/style/template content.
 */
export function readElements(root: Root): ElementText[] {
  const found: ElementText[] = [];
  const stack: Element[] = [];
  /** The local name of each element of `stack`. */
  const names: string[] = [];
  // A frame's body goes on the stack before the frame: it comes after the frame's own subtree, as it would after
  // the frame's light children and shadow root once the frame itself is read.
  const push = (child: Element) => {
    const name = child.localName;
    if (SKIPPED.has(name)) return;
    if (name === 'iframe' || name === 'frame') {
      const body = frameDocument(child)?.body;
      if (body) {
        stack.push(body);
        names.push('body');
      }
    }
    stack.push(child);
    names.push(name);
  };
  // Sibling pointers, not `.children`: a live collection per element costs more than the walk itself in jsdom.
  const pushChildren = (parent: Root) => {
    for (let child = parent.lastElementChild; child; child = child.previousElementSibling) push(child);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const name = names.pop() as string;
    const shadow = openShadowRoot(element, name);
    if (shadow) pushChildren(shadow);
    // One pass over the child nodes for both the child elements and the own text (read last to first, as the
    // stack wants them): on a large page, walking the children twice costs a good part of the whole reading.
    let text = '';
    let leaf = true;
    const first = element.firstChild;
    if (first !== null && first === element.lastChild) {
      if (first.nodeType === 1) {
        push(first as Element);
        leaf = false;
      } else if (first.nodeType === 3) text = (first as Text).data;
    } else {
      for (let node = element.lastChild; node; node = node.previousSibling) {
        const type = node.nodeType;
        if (type === 1) {
          push(node as Element);
          leaf = false;
        } else if (type === 3) text = (node as Text).data + text;
      }
    }
    found.push({ element, own: collapse(text), name, bare: !element.hasAttributes(), leaf });
  }
  return found;
}

/** The parent a person would see: crosses shadow boundaries (to the host) and frame boundaries (to the frame). */
export function visualParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  if ((root as ShadowRoot).host) return (root as ShadowRoot).host;
  const view = element.ownerDocument.defaultView;
  try {
    return view?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** Text of an element's own text nodes (not its children's), whitespace collapsed. */
export function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3) text += (node as Text).data;
  return collapse(text);
}

function collapse(text: string): string {
  // Most texts are already collapsed: testing is cheaper than replacing, on every element of a large page.
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** No whitespace (as /\s/ has it) but single inner spaces. A loop over the characters costs less than a regexp. */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (isSpaceCode(c)) return false;
  }
  return true;
}
