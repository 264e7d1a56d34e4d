import { labelledByText } from './finder/naming.ts';
import type { PageReading } from './page-reading.ts';
import { LOADING_TEXTS } from './procedure/captions.ts';
import { allTexts } from './procedure/index.ts';
import { normalize } from './text.ts';

// Two readings of the page for the card's words: what the page calls the element the guide found (the card quotes
// it as the client sees it), and whether the page is still being built (the card then waits instead of saying
// it cannot find the element). Both are plain reads of the DOM at one moment: a later change of the page starts a
// new pass, so nothing here waits or times.

/** Longer texts are a row or a block, not a caption one can quote. */
const CAPTION_MAX = 60;
const BUTTON_INPUTS = new Set(['submit', 'button', 'reset']);

/** The found element's own caption as the page names it, in the order of its accessible name: aria-labelledby,
 *  aria-label, its text (a button input's value), its title; a glyph with no letter (« + », « × ») names nothing.
 *  Null for a field (its label is not its own) or when no short caption names it. */
export function shownCaption(element: Element): string | null {
  const input = element.localName === 'input' ? (element as HTMLInputElement) : null;
  if (input && !BUTTON_INPUTS.has(input.type)) return null;
  if (element.localName === 'textarea' || element.localName === 'select') return null;
  const texts = [
    labelledByText(element),
    element.getAttribute('aria-label'),
    input ? input.value : element.textContent,
    element.getAttribute('title'),
  ];
  for (const text of texts) {
    const caption = (text ?? '').replace(/\s+/g, ' ').trim();
    if (!/\p{L}/u.test(caption)) continue;
    return caption.length <= CAPTION_MAX ? caption : null;
  }
  return null;
}

const LOADING = new Set(allTexts(LOADING_TEXTS).map(normalize));
const BUSY = '[aria-busy="true"], [role="progressbar"]';
/** A loading placeholder is a few words. */
const PLACEHOLDER_MAX = 40;

/** Whether the page says it is still loading: the document itself, a visible busy region or progress bar, or a
 *  visible placeholder whose whole text is « Chargement… ». Read from the pass's own reading of the page (its
 *  elements, as the walk read them, and its visibility answers), not from a second walk. */
export function pageBusy(reading: PageReading): boolean {
  const { doc, visibility } = reading;
  if (doc.readyState === 'loading') return true;
  for (const element of doc.querySelectorAll(BUSY)) if (visibility.isVisible(element)) return true;
  for (const { element, own, leaf } of reading.elements()) {
    if (!leaf || own.length > PLACEHOLDER_MAX || !LOADING.has(normalize(own))) continue;
    if (visibility.isVisible(element)) return true;
  }
  return false;
}
