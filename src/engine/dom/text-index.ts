// The texts of a page's elements, searched for phrases without first asking whether each element is visible: on
// a large page most texts never hold a phrase, and asking the browser about every element costs more than reading
// them all. A phrase counts only where an element that shows it is visible, asked of those elements alone.

export class TextIndex {
  /** Every text, separated by " | ", with a space at both ends: a phrase (no "|") lies within one text. */
  private readonly all: string;
  /** Where each text starts in `all`, ascending. */
  private readonly starts: number[] = [];
  /** Every word of every text: a phrase with a word not in it cannot occur (checked before searching `all`). */
  private readonly words = new Set<string>();
  private visible: string | null = null;

  /**
   * @param texts normalised texts (single spaces, no "|"), in page order
   * @param owners the element that shows each text
   */
  constructor(
    private readonly texts: readonly string[],
    private readonly owners: readonly Element[],
    private readonly isVisible: (element: Element) => boolean,
  ) {
    let at = 1;
    for (const text of texts) {
      this.starts.push(at);
      at += text.length + 3;
    }
    this.all = ` ${texts.join(' | ')} `;
    // Large pages repeat their texts (« Modifier » on every row): each distinct text is split once.
    for (const text of new Set(texts)) for (const word of text.split(' ')) this.words.add(word);
  }

  /** Whether a visible element's text holds the (normalised) phrase as whole words. */
  says(phrase: string): boolean {
    if (phrase === '') return false;
    for (const word of phrase.split(' ')) if (!this.words.has(word)) return false;
    const needle = ` ${phrase} `;
    for (let at = this.all.indexOf(needle); at >= 0; at = this.all.indexOf(needle, at + 1)) {
      if (this.isVisible(this.owners[this.textAt(at + 1)] as Element)) return true;
    }
    return false;
  }

  /** The visible texts, separated by " | ", with a space at both ends. */
  visibleText(): string {
    if (this.visible === null) {
      const shown = this.texts.filter((_, i) => this.isVisible(this.owners[i] as Element));
      this.visible = ` ${shown.join(' | ')} `;
    }
    return this.visible;
  }

  /** The index of the text that holds position `at` of `all`. */
  private textAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
