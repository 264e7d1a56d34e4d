import { type ElementText, readElements } from './dom/tree.ts';
import { Visibility } from './dom/visibility.ts';

// One reading of a page that recognition's evidence needs (its elements, what is visible, page-wide facts computed
// once, such as the header's company that company.ts memoises here). The finder's PageScan extends it with what it
// scores about candidates; the content script's gate uses it alone, without the finder.

/** An element with what the walk read of it: its own text, its local name, whether it has attributes. */
export type ScannedElement = ElementText;

export class PageReading {
  readonly visibility = new Visibility();
  private readonly memos = new Map<unknown, unknown>();

  constructor(readonly doc: Document) {}

  /** Computes a page-wide fact once per reading (numbers in cells, message boxes…). */
  memo<T>(key: unknown, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Every element of the page in tree order (see readElements) with its own text: walked once, read by every pass. */
  elements(): readonly ScannedElement[] {
    return this.memo('elements', () => readElements(this.doc));
  }
}
