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

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'meta', 'link', 'title']);

/**
 * Every element under `root` in tree order, entering open shadow roots (after the host's light children, as a
 * browser renders slotted content in place) and same-origin frames. Skips script/style/template content.
 */
export function* elementsOf(root: Root): Generator<Element> {
  const stack: Element[] = [];
  // Sibling pointers, not `.children`: a live collection per element costs more than the walk itself in jsdom.
  const pushChildren = (parent: Root) => {
    for (let child = parent.lastElementChild; child; child = child.previousElementSibling) {
      if (!SKIPPED.has(child.localName)) stack.push(child);
    }
  };
  pushChildren(root);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    yield element;
    const frame = frameDocument(element);
    if (frame?.body) stack.push(frame.body);
    if (element.shadowRoot) pushChildren(element.shadowRoot);
    pushChildren(element);
  }
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
    if (node.nodeType === 3) text += node.nodeValue;
  return text === '' ? '' : text.replace(/\s+/g, ' ').trim();
}
