import { enterpriseNumbersIn, nissNumbersIn } from './numbers.ts';
import type { PageReading } from './page-reading.ts';

// Table cells and list items that show a NISS or an enterprise number: a structure fact of recognition (a list of
// users, of companies) and what the finder points at in those lists. Apart from the finder, so the content
// script's gate reads the same facts without carrying the finder.

const CELL = 'td, th, li, dd, [role=cell], [role=gridcell], [role=listitem]';

export type NumberKind = 'niss-numbers' | 'enterprise-numbers';
export type NumberCell = { cell: Element; digits: string };

/** Table cells and list items whose text holds a valid identifier of the given kind. */
export function numberCells(reading: PageReading, kind: NumberKind): NumberCell[] {
  return reading.memo('number-cells', () => readNumberCells(reading))[kind];
}

/** One pass for both kinds: table cells and list items that show a valid NISS or enterprise number. */
function readNumberCells(reading: PageReading): Record<NumberKind, NumberCell[]> {
  const found: Record<NumberKind, NumberCell[]> = { 'niss-numbers': [], 'enterprise-numbers': [] };
  for (const { element, own: text } of reading.elements()) {
    // A cell that lists a number holds little else: « 11 chiffres, par exemple 70.04.12-436.23 » is a hint.
    if (text.length > 30 || !/\d{3}/.test(text) || text.replace(/[\d.\-\s]/g, '').length > 3) continue;
    // The valid numbers first: the DOM is asked (cell, visibility) only about the few texts that hold one.
    const niss = nissNumbersIn(text);
    const enterprise = enterpriseNumbersIn(text);
    if (niss.length !== 1 && enterprise.length !== 1) continue;
    const cell = element.closest(CELL);
    if (!cell || !reading.visibility.isVisible(element)) continue;
    if (niss.length === 1) found['niss-numbers'].push({ cell, digits: niss[0] as string });
    if (enterprise.length === 1) found['enterprise-numbers'].push({ cell, digits: enterprise[0] as string });
  }
  return found;
}
