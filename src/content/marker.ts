// The stable test interface: the element the guide points at carries data-onss-guide-target="<step id>", and no
// other element does. The attribute is not among the attributes the scheduler watches, so marking wakes nothing.

export const MARKER = 'data-onss-guide-target';

export interface Marker {
  set(element: Element | null, stepId: string | null): void;
}

export function createMarker(doc: Document): Marker {
  let marked: Element | null = null;
  return {
    set(element, stepId) {
      if (marked && (marked !== element || stepId === null)) marked.removeAttribute(MARKER);
      // Copies the page may have made of a marked element (cloned templates) must not carry it either.
      for (const stray of doc.querySelectorAll(`[${MARKER}]`))
        if (stray !== element) stray.removeAttribute(MARKER);
      marked = element && stepId !== null ? element : null;
      if (marked && stepId !== null && marked.getAttribute(MARKER) !== stepId)
        marked.setAttribute(MARKER, stepId);
    },
  };
}
