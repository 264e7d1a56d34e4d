// The stable test interface for warnings: the elements the guide warns about carry data-onss-guide-flag="<reason>"
// for as long as the warning stands (docs/procedure.md), and no other element does. Like the marker, the
// attribute is not among those the scheduler watches: flagging wakes nothing.

export const FLAG = 'data-onss-guide-flag';

export interface Flags {
  /** The elements flagged now, with their reason; every other flag of the page goes. */
  set(flagged: readonly { element: Element; reason: string }[]): void;
}

export function createFlags(doc: Document): Flags {
  return {
    set(flagged) {
      const now = new Map(flagged.map(({ element, reason }) => [element, reason]));
      for (const stale of doc.querySelectorAll(`[${FLAG}]`)) if (!now.has(stale)) stale.removeAttribute(FLAG);
      for (const [element, reason] of now)
        if (element.getAttribute(FLAG) !== reason) element.setAttribute(FLAG, reason);
    },
  };
}
