import { CSS, HOST_STYLE } from './styles.ts';

// The overlay's host element: a custom element of a random name in the top layer (popover=manual) holding a CLOSED
// shadow root with the overlay's style sheet, so that the page's CSS, stacking contexts and scripts can neither
// restyle, cover nor read what overlay.ts puts in it.

const overlayHosts = new WeakSet<Element>();

/** Whether the element is a guide overlay's host (tests; the page cannot ask: it has no access to this set). */
export function isOverlayHost(element: Element): boolean {
  return overlayHosts.has(element);
}

/** A custom-element name made anew for each overlay: a page cannot know it, so it cannot define it first (its
 *  constructor would then run on our host and could take the shadow root). */
function randomName(win: Window): string {
  const letters = [...win.crypto.getRandomValues(new Uint8Array(12))].map((n) =>
    String.fromCharCode(97 + (n % 26)),
  );
  return `${letters.slice(0, 6).join('')}-${letters.slice(6).join('')}`;
}

/** The host and its closed shadow root. Should attaching fail all the same, a fresh built-in <span> (which no page
 *  definition can upgrade) takes its place. */
function hostWithShadow(doc: Document, win: Window): { host: HTMLElement; shadow: ShadowRoot } {
  for (const name of [randomName(win), 'span']) {
    const host = doc.createElement(name);
    try {
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // Taken by a definition or refused: the next name.
    }
  }
  throw new Error('ONSS guide: no element accepts a shadow root on this page');
}

/** Base sizes the card takes from the page; outside them (a page that sets its text in rem on a tiny root, say)
 *  it keeps DEFAULT_PX. */
const READABLE_PX = { min: 12, max: 18 };
const DEFAULT_PX = 14;

/** The page's font family and base size for the card: a font the page already set its text in is ready in the
 *  page's renderer, where another (system-ui, say) costs the card's first layout in each new renderer process
 *  (every change of site) several milliseconds of font look-ups through the browser process. Read while the
 *  page's style is clean (overlay.ts builds the host after reading the page's boxes). */
export function pageFont(win: Window, doc: Document): { family: string; size: string } {
  const style = win.getComputedStyle(doc.body ?? doc.documentElement);
  const px = Number.parseFloat(style.fontSize);
  return {
    family: style.fontFamily || 'sans-serif',
    size: `${px >= READABLE_PX.min && px <= READABLE_PX.max ? px : DEFAULT_PX}px`,
  };
}

/** A host with its shadow root and style sheet, known to isOverlayHost, in the top layer where the browser has one. */
export function createHost(doc: Document, win: Window): { host: HTMLElement; shadow: ShadowRoot } {
  const { host, shadow } = hostWithShadow(doc, win);
  overlayHosts.add(host);
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  // After HOST_STYLE's `all: initial`: the card's text inherits them (styles.ts names no font).
  const font = pageFont(win, doc);
  host.style.setProperty('font-family', font.family, 'important');
  host.style.setProperty('font-size', font.size, 'important');
  if (canPopover(host)) host.setAttribute('popover', 'manual');
  adoptStyles(doc, shadow);
  return { host, shadow };
}

export const canPopover = (host: HTMLElement) => typeof host.showPopover === 'function';

/** A constructed style sheet where the browser allows it (no CSP question); a <style> element otherwise (Firefox
 *  refuses sheets constructed in a content script's world). */
function adoptStyles(doc: Document, shadow: ShadowRoot): void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }
}
