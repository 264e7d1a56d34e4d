import { actionsOf, type CardModel, cardKey, h, renderCard } from './card.ts';
import { type Box, placeBeside, placeInCorner } from './position.ts';
import { CSS, HOST_STYLE } from './styles.ts';

// The overlay: a host element in the top layer (popover=manual) holding a CLOSED shadow root, so that the page's
// CSS, stacking contexts and scripts can neither restyle, cover nor read it. The whole layer lets clicks through
// (pointer-events: none) except the card itself, so the target stays clickable under the spotlight.

const SPOT_PADDING = 4;

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

export interface Overlay {
  /** Shows the card, and the spotlight around the target when there is one; puts the host back if the page
   *  removed it. */
  show(model: CardModel, target: Element | null): void;
  /** Follows the target after a scroll, a resize or a layout change. */
  reposition(): void;
  hide(): void;
  readonly visible: boolean;
  /** The overlay's own nodes (its mutations are not page changes, its clicks are not page clicks). */
  isOwn(node: Node): boolean;
  /** A rectangle drawn around an element without a card (teach mode's hover). */
  outline(element: Element | null): void;
  readonly card: HTMLElement;
  /** Takes the overlay off the page for good. */
  remove(): void;
}

interface Parts {
  host: HTMLElement;
  shadow: ShadowRoot;
  spot: HTMLElement;
  card: HTMLElement;
  live: HTMLElement;
}

export function createOverlay(doc: Document): Overlay {
  const win = doc.defaultView as Window;
  let parts: Parts | null = null;
  let target: Element | null = null;
  let key = '';
  let actions = new Map<string, () => void>();
  let visible = false;

  // Built when first shown: a page where the guide has nothing to show never gets the host, its shadow root or
  // its style sheet.
  const build = (): Parts => {
    if (parts) return parts;
    const { host, shadow } = hostWithShadow(doc, win);
    overlayHosts.add(host);
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
    if (canPopover(host)) host.setAttribute('popover', 'manual');
    adoptStyles(doc, shadow);
    const spot = h(doc, 'div', { class: 'spot', hidden: '' });
    const card = h(doc, 'div', {
      class: 'card',
      role: 'dialog',
      'aria-labelledby': 'onss-guide-title',
      hidden: '',
    });
    const live = h(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    shadow.append(spot, card, live);
    card.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest('button[data-action]');
      const run = button ? actions.get(button.getAttribute('data-action') ?? '') : undefined;
      if (!run) return;
      event.stopPropagation();
      run();
    });
    parts = { host, shadow, spot, card, live };
    return parts;
  };

  const attach = ({ host }: Parts) => {
    if (!host.isConnected) doc.documentElement.append(host);
    // Re-entering the top layer puts the overlay above dialogs or popovers the page opened since.
    if (canPopover(host)) {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    }
  };

  /** The element's box with the spotlight's padding, or null when it has none (gone, or not rendered). */
  const spotBox = (element: Element | null): Box | null => {
    const rect = element?.isConnected ? element.getBoundingClientRect() : null;
    if (!rect || (rect.width === 0 && rect.height === 0)) return null;
    return {
      x: rect.left - SPOT_PADDING,
      y: rect.top - SPOT_PADDING,
      width: rect.width + 2 * SPOT_PADDING,
      height: rect.height + 2 * SPOT_PADDING,
    };
  };

  const drawSpot = (spot: HTMLElement, box: Box | null) => {
    spot.hidden = box === null;
    if (box)
      Object.assign(spot.style, {
        left: `${box.x}px`,
        top: `${box.y}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
  };

  const reposition = () => {
    if (!visible || !parts) return;
    const { spot, card } = parts;
    // Every read before any write: one layout for the target's box and the card's size.
    const box = spotBox(target);
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    drawSpot(spot, box);
    const { x, y } = box ? placeBeside(win, box, size) : placeInCorner(win, size);
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  };

  return {
    get card() {
      return build().card;
    },
    get visible() {
      return visible;
    },
    show(model, element) {
      const own = build();
      const nextKey = cardKey(model);
      const changed = nextKey !== key || element !== target || !visible || !own.host.isConnected;
      target = element;
      actions = actionsOf(model);
      if (nextKey !== key) {
        key = nextKey;
        renderCard(doc, own.card, model);
        if (own.live.textContent !== model.title) own.live.textContent = model.title;
      }
      own.card.hidden = false;
      if (changed) attach(own);
      visible = true;
      reposition();
    },
    reposition,
    hide() {
      if (!visible || !parts) return;
      visible = false;
      target = null;
      key = '';
      parts.card.hidden = true;
      parts.spot.hidden = true;
      parts.live.textContent = '';
    },
    isOwn: (node) =>
      parts !== null && (node === parts.host || parts.host.contains(node) || parts.shadow.contains(node)),
    outline(element) {
      const own = build();
      // Already in the top layer while the teach card shows: re-entering it on every hover would be wasted work.
      const { host } = own;
      if (!host.isConnected || (canPopover(host) && !host.matches(':popover-open'))) attach(own);
      drawSpot(own.spot, spotBox(element));
    },
    remove() {
      visible = false;
      parts?.host.remove();
    },
  };
}

const canPopover = (host: HTMLElement) => typeof host.showPopover === 'function';

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
