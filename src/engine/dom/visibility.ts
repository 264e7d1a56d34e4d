import { visualParent } from './tree.ts';

// Is an element visible? Without layout (jsdom, and cheaply in browsers): the `hidden` attribute, aria-hidden,
// inline display/visibility, hidden inputs, closed <details>. Where the browser offers checkVisibility() (real
// layout, stylesheets included) it is asked too. Sizes are never used: jsdom has no layout.

function hiddenByItself(element: Element): boolean {
  // Most elements carry no attribute at all: one call answers for the four reads below.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.localName === 'input' && (element as HTMLInputElement).type === 'hidden') return true;
  // Read the attribute rather than `.style`: building a style object for every element costs more than the pass.
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

const INLINE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/** A closed <details> hides everything but its <summary>. */
function hiddenByClosedDetails(child: Element, parent: Element): boolean {
  return (
    parent.localName === 'details' && !(parent as HTMLDetailsElement).open && child.localName !== 'summary'
  );
}

/** Also hidden by `visibility: hidden` or `collapse` (from stylesheets too), not only without a box. */
const CHECK_OPTIONS = { visibilityProperty: true };

/** One cache per pass over a page: ancestors are shared by many candidates. */
export class Visibility {
  private readonly cache = new Map<Element, boolean>();

  private readonly visible = new Map<Element, boolean>();

  isVisible(element: Element): boolean {
    let known = this.visible.get(element);
    if (known === undefined) {
      // The attribute checks first: cached for ancestors, they spare the browser's check (the costlier one) on
      // everything under a hidden block.
      const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
      known =
        !this.isHidden(element) && !(typeof check === 'function' && !check.call(element, CHECK_OPTIONS));
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
}
