import type { CompanyRef } from '../shared/state.ts';
import { enterpriseMatches } from './numbers.ts';
import type { PageReading } from './page-reading.ts';
import { COMPANY_HEADER_PHRASES } from './procedure/page-phrases.ts';
import { normalize } from './text.ts';

// The company the person is logged in for, read from the portal's header: « Entreprise : ACME SA 0123.456.789 »
// (label, name, number, in one line or in neighbouring spans). Only a valid enterprise number counts.

const LABELS = new Set(COMPANY_HEADER_PHRASES);
const LEADING_LABEL = /^\s*([^:]{2,30}?)\s*:\s*/;
const EDGE_PUNCTUATION = /^[\s:–—\-|(),]+|[\s:–—\-|(),]+$/g;

function companyIn(text: string): CompanyRef | null {
  const found = enterpriseMatches(text);
  const [match] = found;
  if (found.length !== 1 || !match) return null;
  // The name is what stands before the number (or after it, when the number comes first).
  const before = text.slice(0, match.index).replace(EDGE_PUNCTUATION, '');
  const after = text.slice(match.index + match.length).replace(EDGE_PUNCTUATION, '');
  const name = (before || after).replace(/\s+/g, ' ').slice(0, 200);
  return { name, enterpriseNumber: match.digits };
}

export function companyFromHeader(reading: PageReading): CompanyRef | null {
  return readCompanyHeader(reading)?.company ?? null;
}

/** The company of the logged-in header and the element that shows it (read once per reading). */
export function readCompanyHeader(reading: PageReading): { company: CompanyRef; element: Element } | null {
  return reading.memo('company-header', () => findCompanyHeader(reading));
}

function findCompanyHeader(reading: PageReading): { company: CompanyRef; element: Element } | null {
  const { visibility } = reading;
  for (const { element, own } of reading.elements()) {
    if (own === '' || own.length > 300) continue;
    if (LABELS.has(normalize(own))) {
      // « <span>Entreprise :</span> <span>ACME SA</span> <span>0123.456.789</span> », maybe wrapped or reordered:
      // climb until the block holds one number.
      let container: Element | null = element.parentElement;
      for (let depth = 0; container && depth < 3; depth++, container = container.parentElement) {
        const text = (container.textContent ?? '').replace(/\s+/g, ' ').replace(own, ' ');
        if (text.length > 300) break;
        const company = companyIn(text);
        if (company && visibility.isShown(container)) return { company, element: container };
      }
      continue;
    }
    // « Entreprise : ACME SA – 0123.456.789 » in one element.
    const label = LEADING_LABEL.exec(element.textContent ?? '');
    if (!label?.[1] || !LABELS.has(normalize(label[1]))) continue;
    const rest = (element.textContent ?? '').slice(label[0].length);
    const company = rest.length <= 300 ? companyIn(rest) : null;
    if (company && visibility.isShown(element)) return { company, element };
  }
  return null;
}

/** The company a page's content shows outside the logged-in header, and the name written beside its number. */
export interface ShownCompany {
  enterpriseNumber: string;
  /** '' unless the number stands in a table cell, a definition or a list item with the name (« ACME SA (0123…) »). */
  name: string;
}

const NAMED_BLOCKS = new Set(['td', 'th', 'dd', 'li']);

/**
 * The one company the page's content names by its number (the refusal's message, the registration's
 * confirmation table), read from what is visible, the logged-in header left out. Two different numbers: null
 * (right or silent). Never the company the popup is on: only what this page shows.
 */
export function companyShown(reading: PageReading): ShownCompany | null {
  const header = readCompanyHeader(reading)?.element ?? null;
  const found = new Map<string, string>();
  for (const { element, own } of reading.elements()) {
    if (own === '' || header?.contains(element)) continue;
    const numbers = enterpriseMatches(own);
    if (numbers.length === 0 || !reading.visibility.isVisible(element)) continue;
    for (const { digits } of numbers) {
      const block = element.closest('td, th, dd, li');
      const named = block && NAMED_BLOCKS.has(block.localName) ? companyIn(block.textContent ?? '') : null;
      const name = named?.enterpriseNumber === digits ? named.name : '';
      found.set(digits, found.get(digits) || name);
    }
  }
  if (found.size !== 1) return null;
  const [[enterpriseNumber, name]] = [...found] as [[string, string]];
  return { enterpriseNumber, name };
}
