import { enterpriseNumbersIn, nissNumbersIn } from './numbers.ts';
import type { PageReading } from './page-reading.ts';
import { isSpaceCode } from './text.ts';

// Table cells and list items that show a NISS or an enterprise number: a structure fact of recognition (a list of
// users, of companies) and what the finder points at in those lists. Apart from the finder, so the content
// script's gate reads the same facts without carrying the finder.

const CELL = 'td, th, li, dd, [role=cell], [role=gridcell], [role=listitem]';

export type NumberKind = 'niss-numbers' | 'enterprise-numbers';
export type NumberCell = { cell: Element; digits: string };

/** Table cells and list items whose text holds a valid identifier of the given kind. */
export function numberCells(reading: PageReading, kind: NumberKind): NumberCell[] {
  const cells = reader(reading, kind);
  cells.readUntil(() => false);
  return cells.found;
}

/** Whether some table cell or list item holds a valid identifier of the given kind: read only as far as the first. */
export function hasNumberCells(reading: PageReading, kind: NumberKind): boolean {
  const cells = reader(reading, kind);
  cells.readUntil(() => cells.found.length > 0);
  return cells.found.length > 0;
}

const NUMBERS_IN: Record<NumberKind, (text: string) => string[]> = {
  'niss-numbers': nissNumbersIn,
  'enterprise-numbers': enterpriseNumbersIn,
};

function reader(reading: PageReading, kind: NumberKind): NumberCellReader {
  return reading.memo(`number-cells:${kind}`, () => new NumberCellReader(reading, NUMBERS_IN[kind]));
}

/**
 * A cell that lists a number holds little else (« 11 chiffres, par exemple 70.04.12-436.23 » is a hint): at most 30
 * characters, three digits in a row, at most three characters that are not digits, dots, dashes or spaces. One
 * loop over the characters: it runs on every text of the page.
 */
function mayShowNumber(text: string): boolean {
  if (text.length > 30) return false;
  let others = 0;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      run++;
      if (run > longest) longest = run;
      continue;
    }
    run = 0;
    if (c !== 46 && c !== 45 && !isSpaceCode(c) && ++others > 3) return false;
  }
  return longest >= 3;
}

interface NumberText {
  element: Element;
  text: string;
}

/** The elements whose own text may show a number, for both kinds: read once per reading. */
function numberTexts(reading: PageReading): NumberText[] {
  return reading.memo('number-texts', () => {
    const found: NumberText[] = [];
    for (const { element, own: text } of reading.elements()) {
      if (mayShowNumber(text)) found.push({ element, text });
    }
    return found;
  });
}

/**
 * A pass over the texts that may show a number for one kind of number, resumed where it stopped: recognition
 * needs only to know whether there is one (most often near the top of a list), the finder and the outcome need
 * them all.
 */
class NumberCellReader {
  readonly found: NumberCell[] = [];
  private next = 0;

  constructor(
    private readonly reading: PageReading,
    private readonly numbersIn: (text: string) => string[],
  ) {}

  readUntil(stop: () => boolean): void {
    const texts = numberTexts(this.reading);
    while (this.next < texts.length && !stop()) {
      const { element, text } = texts[this.next++] as NumberText;
      this.examine(element, text);
    }
  }

  private examine(element: Element, text: string): void {
    // The valid number first: the DOM is asked (cell, visibility) only about the few texts that hold one.
    const numbers = this.numbersIn(text);
    if (numbers.length !== 1) return;
    const cell = element.closest(CELL);
    if (cell && this.reading.visibility.isVisible(element))
      this.found.push({ cell, digits: numbers[0] as string });
  }
}
