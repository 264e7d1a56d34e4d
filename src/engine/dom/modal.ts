import { visualParent } from './tree.ts';

// A modal dialog above the page (role=dialog or alertdialog with aria-modal="true", or a <dialog> opened with
// showModal()): while it is shown, everything outside it is inert, for a person as for assistive technology. The
// guide reads and points only inside it (visibility.ts), never at the page behind the backdrop.

const MODAL_SELECTOR =
  '[role=dialog][aria-modal=true], [role=alertdialog][aria-modal=true], dialog[aria-modal=true], dialog[open]';

/** Whether a <dialog> was opened modally: `:modal` where the engine knows it (jsdom may not), else never. */
function isModalDialog(element: Element): boolean {
  if (element.localName !== 'dialog' || element.getAttribute('aria-modal') === 'true') return true;
  try {
    return element.matches(':modal');
  } catch {
    return false;
  }
}

/**
 * The modal dialog shown in a document, or null. Several shown at once: the last in the tree, the one drawn on top
 * (a nested confirmation opened from a first dialog).
 */
export function openModal(doc: Document, shown: (element: Element) => boolean): Element | null {
  const open = [...doc.querySelectorAll(MODAL_SELECTOR)].filter((el) => isModalDialog(el) && shown(el));
  return open.at(-1) ?? null;
}

/** Whether an element lies outside the modal dialog (shadow roots and frames climbed by their hosts). */
export function outsideModal(element: Element, modal: Element): boolean {
  for (let el: Element | null = element; el; el = visualParent(el)) if (el === modal) return false;
  return true;
}
