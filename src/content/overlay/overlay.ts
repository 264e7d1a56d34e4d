import { actionsOf, type CardModel, cardKey, h, renderCard } from './card.ts';
import { placeBeside, placeInCorner } from './position.ts';
import { CSS, HOST_STYLE } from './styles.ts';

// The overlay: a host element in the top layer (popover=manual) holding a CLOSED shadow root, so that the page's
// CSS, stacking contexts and scripts can neither restyle, cover nor read it. The whole layer lets clicks through
// (pointer-events: none) except the card itself, so the target stays clickable under the spotlight.

const SPOT_PADDING = 4;

export interface Overlay {
  /** Shows the card, and the spotlight around the target when there is one. */
  show(model: CardModel, target: Element | null): void;
  /** Follows the target after a scroll, a resize or a layout change. */
  reposition(): void;
  hide(): void;
  readonly visible: boolean;
  /** The overlay's own nodes (its mutations are not page changes, its clicks are not page clicks). */
  isOwn(node: Node): boolean;
  /** Puts the host back if the page removed it. */
  ensureAttached(): void;
  /** A rectangle drawn around an element without a card (teach mode's hover). */
  outline(element: Element | null): void;
  readonly card: HTMLElement;
  /** Takes the overlay off the page for good. */
  remove(): void;
}

export function createOverlay(doc: Document): Overlay {
  const win = doc.defaultView as Window;
  const host = doc.createElement('onss-access-guide');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const canPopover = typeof host.showPopover === 'function';
  if (canPopover) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
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

  let target: Element | null = null;
  let key = '';
  let actions = new Map<string, () => void>();
  card.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('button[data-action]');
    const run = button ? actions.get(button.getAttribute('data-action') ?? '') : undefined;
    if (!run) return;
    event.stopPropagation();
    run();
  });
  let visible = false;
  let placing = 0;

  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
    // Re-entering the top layer puts the overlay above dialogs or popovers the page opened since.
    if (canPopover) {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    }
  };

  const placeSpot = (element: Element | null): DOMRect | null => {
    const rect = element?.isConnected ? element.getBoundingClientRect() : null;
    if (!rect || (rect.width === 0 && rect.height === 0)) {
      spot.hidden = true;
      return null;
    }
    spot.hidden = false;
    Object.assign(spot.style, {
      left: `${rect.left - SPOT_PADDING}px`,
      top: `${rect.top - SPOT_PADDING}px`,
      width: `${rect.width + 2 * SPOT_PADDING}px`,
      height: `${rect.height + 2 * SPOT_PADDING}px`,
    });
    return rect;
  };

  const reposition = () => {
    if (!visible) return;
    const rect = placeSpot(target);
    const turn = ++placing;
    const placed = rect
      ? placeBeside(
          win,
          {
            x: rect.left - SPOT_PADDING,
            y: rect.top - SPOT_PADDING,
            width: rect.width + 2 * SPOT_PADDING,
            height: rect.height + 2 * SPOT_PADDING,
          },
          card,
        )
      : Promise.resolve(placeInCorner(win, card));
    void placed.then(({ x, y }) => {
      if (turn !== placing) return;
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
    });
  };

  return {
    card,
    get visible() {
      return visible;
    },
    show(model, element) {
      const nextKey = cardKey(model);
      const changed = nextKey !== key || element !== target || !visible;
      target = element;
      actions = actionsOf(model);
      if (nextKey !== key) {
        key = nextKey;
        renderCard(doc, card, model);
        if (live.textContent !== model.title) live.textContent = model.title;
      }
      card.hidden = false;
      if (changed) attach();
      visible = true;
      reposition();
    },
    reposition,
    hide() {
      if (!visible) return;
      visible = false;
      target = null;
      key = '';
      card.hidden = true;
      spot.hidden = true;
      live.textContent = '';
    },
    isOwn: (node) => node === host || host.contains(node) || shadow.contains(node),
    ensureAttached() {
      if (!host.isConnected) attach();
    },
    outline(element) {
      attach();
      placeSpot(element);
    },
    remove() {
      visible = false;
      host.remove();
    },
  };
}

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
