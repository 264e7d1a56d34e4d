import { boxesToAvoid, overLabels } from './avoid.ts';
import { actionsOf, type CardModel, cardKey, h, renderCard } from './card.ts';
import { canPopover, createHost } from './host.ts';
import { createMover, type Mover } from './move.ts';
import { type Box, clearOf, dimPath, keepInView, type Placed, placeCard } from './position.ts';

// The overlay, in a host of its own in the top layer (host.ts: a CLOSED shadow root the page's CSS, stacking
// contexts and scripts can neither restyle, cover nor read). The whole layer lets clicks through
// (pointer-events: none) except the card itself, so the target stays clickable under the spotlight. The dim layer
// has holes where the target and the portal's own messages are; the card keeps clear of them (position.ts), can be
// minimised to a badge and moved (move.ts), and after « C'est fait » a badge brings it back (collapse).

const SPOT_PADDING = 4;

export interface Overlay {
  /** Shows the card, and the spotlight around the target when there is one; puts the host back if the page
   *  removed it. */
  show(model: CardModel, target: Element | null): void;
  /** Follows the target after a scroll, a resize or a layout change. */
  reposition(): void;
  hide(): void;
  /** Hides the card and the spotlight but leaves a badge; clicking it runs `restore` (« C'est fait » undone). */
  collapse(restore: () => void, label: string): void;
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
  dim: HTMLElement;
  spot: HTMLElement;
  card: HTMLElement;
  badge: HTMLElement;
  live: HTMLElement;
  mover: Mover;
}

export function createOverlay(doc: Document): Overlay {
  const win = doc.defaultView as Window;
  let parts: Parts | null = null;
  let target: Element | null = null;
  let key = '';
  let actions = new Map<string, () => void>();
  let visible = false;
  let title = '';
  let moreOpen = false;
  /** Minimised by the person: a badge until they open it again (or the instruction changes). */
  let minimised = false;
  /** After « C'est fait »: what the badge brings back. */
  let restore: (() => void) | null = null;
  /** Where the person put the card, and under which instruction. */
  let chosen: { at: Placed; title: string } | null = null;

  // Built when first shown: a page where the guide has nothing to show never gets the host, its shadow root or
  // its style sheet.
  const build = (): Parts => {
    if (parts) return parts;
    const { host, shadow } = createHost(doc, win);
    const dim = h(doc, 'div', { class: 'dim', hidden: '' });
    const spot = h(doc, 'div', { class: 'spot', hidden: '' });
    const card = h(doc, 'div', {
      class: 'card',
      role: 'dialog',
      'aria-labelledby': 'onss-guide-title',
      hidden: '',
    });
    const badge = h(doc, 'button', { type: 'button', class: 'badge', hidden: '' });
    const live = h(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    shadow.append(dim, spot, card, badge, live);
    card.addEventListener('click', (event) => {
      const from = event.target as Element | null;
      const ui = from?.closest('button[data-ui]')?.getAttribute('data-ui');
      if (ui) {
        event.stopPropagation();
        if (ui === 'more') toggleMore(card);
        if (ui === 'minimise') setMinimised(true);
        return;
      }
      const button = from?.closest('button[data-action]');
      const run = button ? actions.get(button.getAttribute('data-action') ?? '') : undefined;
      if (!run) return;
      event.stopPropagation();
      run();
    });
    badge.addEventListener('click', (event) => {
      event.stopPropagation();
      if (restore) {
        const back = restore;
        restore = null;
        badge.hidden = true;
        back();
      } else setMinimised(false);
    });
    const mover = createMover(card, (at) => {
      chosen = { at, title };
      reposition();
    });
    parts = { host, shadow, dim, spot, card, badge, live, mover };
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

  const toggleMore = (card: HTMLElement) => {
    moreOpen = !moreOpen;
    card.querySelector('[data-ui=more]')?.setAttribute('aria-expanded', String(moreOpen));
    const list = card.querySelector<HTMLElement>('#onss-guide-more');
    if (list) list.hidden = !moreOpen;
    reposition();
  };

  const setMinimised = (value: boolean) => {
    minimised = value;
    if (!parts) return;
    parts.card.hidden = value;
    parts.badge.hidden = !value;
    reposition();
    (value ? parts.badge : parts.card.querySelector<HTMLElement>('[data-ui=minimise]'))?.focus();
  };

  /** What the card must fit around, read from the page's layout. */
  const readPage = () => ({
    view: { width: win.innerWidth, height: win.innerHeight },
    box: visible ? spotBox(target) : null,
    avoid: boxesToAvoid(doc, target, (node) => parts?.host.contains(node) ?? false),
  });

  /** `page`: the page's boxes when already read, before the card changed (show reads them before it writes). */
  const reposition = (page?: ReturnType<typeof readPage>) => {
    if (!parts) return;
    const { dim, spot, card, badge } = parts;
    if (!visible && !restore) return;
    // Every read before any write: one layout for the page's boxes and the card's size.
    const { view, box, avoid } = page ?? readPage();
    const showCard = visible && !minimised;
    const size = showCard
      ? { width: card.offsetWidth, height: card.offsetHeight }
      : { width: badge.offsetWidth || 160, height: badge.offsetHeight || 36 };
    drawSpot(spot, box);
    dim.hidden = box === null || !showCard;
    if (!dim.hidden) dim.style.clipPath = dimPath(view, [box as Box, ...avoid.messages]);
    let at: Placed | null = null;
    if (showCard && chosen) {
      const kept = keepInView(view, size, chosen.at);
      // A place the person chose stays while the instruction is the same, or while it covers nothing.
      if (chosen.title === title || clearOf(size, kept, box, avoid)) at = kept;
    }
    at ??=
      placeCard(view, size, box, avoid) ??
      placeCard(view, size, box, overLabels(avoid, avoid.marked)) ??
      placeCard(view, size, box, overLabels(avoid));
    if (showCard && !at) {
      // Nowhere to go without covering what the client must see: a badge instead, the card on demand.
      minimised = true;
      card.hidden = true;
      badge.hidden = false;
      return reposition();
    }
    const element = showCard ? card : badge;
    const { x, y } = at ?? keepInView(view, size, { x: view.width, y: view.height });
    element.style.left = `${x}px`;
    element.style.top = `${y}px`;
  };

  return {
    get card() {
      return build().card;
    },
    get visible() {
      return visible;
    },
    show(model, element) {
      // The page's boxes first, while its layout is still clean: once the card changes, reading them would make
      // the browser lay the page out again before the frame.
      const same = visible && element === target;
      target = element;
      visible = true;
      const page = readPage();
      const own = build();
      const nextKey = cardKey(model);
      const changed = nextKey !== key || !same || !own.host.isConnected;
      actions = actionsOf(model);
      restore = null;
      // A new instruction opens a minimised card again: it may say something the client must read now.
      if (model.title !== title) minimised = false;
      title = model.title;
      if (nextKey !== key) {
        key = nextKey;
        renderCard(doc, own.card, model, moreOpen);
        own.badge.textContent = model.chrome?.restore ?? '?';
        if (own.live.textContent !== model.title) own.live.textContent = model.title;
      }
      own.card.hidden = minimised;
      own.badge.hidden = !minimised;
      if (changed) attach(own);
      reposition(page);
    },
    reposition,
    hide() {
      if (!parts || (!visible && !restore)) return;
      visible = false;
      restore = null;
      target = null;
      key = '';
      parts.card.hidden = true;
      parts.badge.hidden = true;
      parts.spot.hidden = true;
      parts.dim.hidden = true;
      parts.live.textContent = '';
    },
    collapse(back, label) {
      const own = build();
      const wasOpen = visible && !own.card.hidden;
      visible = false;
      target = null;
      key = '';
      restore = back;
      own.card.hidden = true;
      own.spot.hidden = true;
      own.dim.hidden = true;
      own.live.textContent = '';
      own.badge.textContent = label;
      own.badge.hidden = false;
      if (!own.host.isConnected) attach(own);
      reposition();
      if (wasOpen) own.badge.focus();
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
      restore = null;
      parts?.mover.stop();
      parts?.host.remove();
    },
  };
}
