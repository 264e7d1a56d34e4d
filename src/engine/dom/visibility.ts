import {
  type Box,
  clipCollapses,
  clipPathCollapses,
  clipTo,
  isOffScreen,
  isSliver,
  type StyleFacts,
} from './geometry.ts';
import { openModal, outsideModal } from './modal.ts';
import { visualParent } from './tree.ts';

// Is an element visible? Without layout (jsdom, and cheaply in browsers): the `hidden` attribute, aria-hidden,
// inline display/visibility/opacity 0, hidden inputs, closed <details>. Where the browser offers checkVisibility()
// (real layout, stylesheets included) it is asked too, opacity included, and the box is measured: off-screen,
// clipped to nothing or squeezed into a clipped 1px box is hidden (geometry.ts). jsdom has neither checkVisibility
// nor layout, so there only the attribute checks run and sizes are never used.
// While a modal dialog is open (aria-modal, or a <dialog> shown modally), what lies outside it is inert: not
// perceived, not a target (modal.ts); so is what an `inert` attribute covers.

function hiddenByItself(element: Element): boolean {
  // Most elements carry no attribute at all: one call answers for the four reads below.
  if (!element.hasAttributes()) return false;
  if (
    element.hasAttribute('hidden') ||
    element.hasAttribute('inert') ||
    element.getAttribute('aria-hidden') === 'true'
  )
    return true;
  if (element.localName === 'input' && (element as HTMLInputElement).type === 'hidden') return true;
  // Read the attribute rather than `.style`: building a style object for every element costs more than the pass.
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

const INLINE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*(?:0*\.?0+|0+%))\s*(?:!important\s*)?(?:;|$)/i;

/** A closed <details> hides everything but its <summary>. */
function hiddenByClosedDetails(child: Element, parent: Element): boolean {
  return (
    parent.localName === 'details' && !(parent as HTMLDetailsElement).open && child.localName !== 'summary'
  );
}

/** Also hidden by `visibility: hidden`/`collapse` and by `opacity: 0` on it or an ancestor (from stylesheets too),
 *  not only without a box. Chromium and Firefox (122+) both read these two names. */
const CHECK_OPTIONS = { visibilityProperty: true, opacityProperty: true };

type Escaping = 'none' | 'absolute' | 'fixed';

const escapingOf = (position: string): Escaping =>
  position === 'fixed' ? 'fixed' : position === 'absolute' ? 'absolute' : 'none';

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** One cache per pass over a page: ancestors are shared by many candidates. */
export class Visibility {
  private readonly cache = new Map<Element, boolean>();

  private readonly visible = new Map<Element, boolean>();

  private readonly styles = new Map<Element, StyleFacts>();

  /** The open modal dialog of each document read (null: none), found once per pass. */
  private readonly modals = new Map<Document, Element | null>();

  /** Visible, and not made inert by an open modal dialog it is not in. */
  isVisible(element: Element): boolean {
    if (!this.isShown(element)) return false;
    const doc = element.ownerDocument;
    let modal = this.modals.get(doc);
    if (modal === undefined) {
      modal = openModal(doc, (dialog) => this.isShown(dialog));
      this.modals.set(doc, modal);
    }
    return modal === null || !outsideModal(element, modal);
  }

  /**
   * Visible to the eye, inert or not: what isVisible asks before the modality. The header's company stays in view
   * around a modal dialog (company.ts reads it so).
   */
  isShown(element: Element): boolean {
    let known = this.visible.get(element);
    if (known === undefined) {
      // The attribute checks first: cached for ancestors, they spare the browser's check (the costlier one) on
      // everything under a hidden block.
      const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
      known =
        !this.isHidden(element) &&
        !(
          typeof check === 'function' &&
          (!check.call(element, CHECK_OPTIONS) || this.hiddenByGeometry(element))
        );
      this.visible.set(element, known);
    }
    return known;
  }

  private isHidden(element: Element): boolean {
    const known = this.cache.get(element);
    if (known !== undefined) return known;
    const parent = visualParent(element);
    const hidden =
      hiddenByItself(element) ||
      (parent !== null && (hiddenByClosedDetails(element, parent) || this.isHidden(parent)));
    this.cache.set(element, hidden);
    return hidden;
  }

  /**
   * Only with real layout (checkVisibility present): the box off-screen, or clipped to a sliver by clip, clip-path or
   * the overflow of the ancestors that clip it (an absolutely positioned box escapes all but its containing block's
   * chain; a fixed one escapes them all).
   */
  private hiddenByGeometry(element: Element): boolean {
    // Options live in their select's popup: no box of their own to measure.
    if (element.localName === 'option' || element.localName === 'optgroup') return false;
    const view = element.ownerDocument.defaultView;
    if (!view) return false;
    const own = this.style(element, view);
    const rect = toBox(element.getBoundingClientRect());
    if (isOffScreen(rect, view.scrollX, view.scrollY)) return true;
    if (
      clipCollapses(own.clip) ||
      clipPathCollapses(own.clipPath, rect.right - rect.left, rect.bottom - rect.top)
    )
      return true;
    // A box cut by its own or an ancestor's overflow to a sliver shows nothing; an uncut thin box (a block holding
    // only floats) is left alone.
    let box = clipTo(rect, rect, own);
    let escaping = escapingOf(own.position);
    // Within the element's own document: a frame scrolls its content, and its box is in other coordinates.
    for (
      let el = visualParent(element);
      el && el.ownerDocument === element.ownerDocument;
      el = visualParent(el)
    ) {
      const s = this.style(el, view);
      const positioned = s.position !== 'static';
      const cuts = escaping === 'none' || (escaping === 'absolute' && positioned);
      if (
        s.clipPath !== 'none' ||
        (cuts && (s.clip !== 'auto' || s.overflowX !== 'visible' || s.overflowY !== 'visible'))
      ) {
        const r = el.getBoundingClientRect();
        if (clipPathCollapses(s.clipPath, r.width, r.height) || (cuts && clipCollapses(s.clip))) return true;
        if (cuts) box = clipTo(box ?? rect, toBox(r), s) ?? box;
      }
      if (escaping === 'fixed' || (escaping === 'absolute' && !positioned)) continue;
      escaping = escapingOf(s.position);
    }
    return box !== null && isSliver(box);
  }

  private style(element: Element, view: Window): StyleFacts {
    let facts = this.styles.get(element);
    if (!facts) {
      const s = view.getComputedStyle(element);
      facts = {
        position: s.position,
        overflowX: s.overflowX,
        overflowY: s.overflowY,
        clip: s.clip || 'auto',
        clipPath: s.clipPath || 'none',
      };
      this.styles.set(element, facts);
    }
    return facts;
  }
}
