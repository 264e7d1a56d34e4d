// Open shadow roots of the page, which a document-wide MutationObserver does not see into.

export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (from: Document | ShadowRoot) => {
    const doc = from instanceof Document ? from : from.ownerDocument;
    const walker = doc.createTreeWalker(from, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        walk(shadow);
      }
    }
  };
  walk(root);
  return found;
}

/** The element an event really started on, looking into open shadow roots (event.target is retargeted). */
export function deepTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : event.target instanceof Element ? event.target : null;
}

/** Parent across shadow boundaries. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
