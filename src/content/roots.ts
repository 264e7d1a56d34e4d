// Elements across open shadow roots: where an event really started, and the parent a person would see.

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
