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

/** A host with its shadow root and style sheet, known to isOverlayHost, in the top layer where the browser has one. */
export function createHost(doc: Document, win: Window): { host: HTMLElement; shadow: ShadowRoot } {
  const { host, shadow } = hostWithShadow(doc, win);
  overlayHosts.add(host);
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
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
