import { type ElementText, openShadowRoot, readElements } from './dom/tree.ts';
import { Visibility } from './dom/visibility.ts';

// One reading of a page that recognition's evidence needs (its elements, what is visible, page-wide facts computed
// once, such as the header's company that company.ts memoises here). The finder's PageScan extends it with what it
// scores about candidates; the content script's gate uses it alone, without the finder, and hands it to the guide
// it loads (content/handoff.ts), whose first scan goes on from it instead of reading the page again.

/** An element with what the walk read of it: its own text, its local name, whether it has attributes. */
export type ScannedElement = ElementText;

export class PageReading {
  readonly visibility: Visibility;
  private readonly memos: Map<unknown, unknown>;

  /** `from`: an earlier reading of the same, unchanged page, whose work is kept (it goes on being filled by both). */
  constructor(
    readonly doc: Document,
    from?: PageReading,
  ) {
    if (from && from.doc !== doc) throw new Error('a reading goes on only over its own document');
    this.visibility = from?.visibility ?? new Visibility();
    this.memos = from?.memos ?? new Map();
  }

  /** Computes a page-wide fact once per reading (numbers in cells, message boxes…). */
  memo<T>(key: unknown, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Every element of the page in tree order (see readElements) with its own text: walked once, read by every pass. */
  elements(): readonly ScannedElement[] {
    return this.memo('elements', () => readElements(this.doc));
  }

  /** The open shadow roots in the page's own document (not in its frames), which a MutationObserver of the
   *  document does not see into: found by the walk of elements() rather than by a walk of their own. */
  shadowRoots(): readonly ShadowRoot[] {
    return this.memo('shadow-roots', () => {
      const roots: ShadowRoot[] = [];
      for (const { element, name } of this.elements()) {
        const shadow = element.ownerDocument === this.doc ? openShadowRoot(element, name) : null;
        if (shadow) roots.push(shadow);
      }
      return roots;
    });
  }
}
