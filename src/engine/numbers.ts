import { isValidEnterpriseNumber } from '../shared/identifiers/enterprise.ts';
import { isValidNiss } from '../shared/identifiers/niss.ts';

// Identifiers written in page text, in any of the formats people and portals use (dots, dashes, spaces, BE
// prefix), kept only when their check digits are right: a phone number or a date is not a NISS.

const NISS_PATTERN = /(?<![\d.])\d{2}[.\-\s]?\d{2}[.\-\s]?\d{2}[.\-\s]?\d{3}[.\-\s]?\d{2}(?!\d)/g;
const ENTERPRISE_PATTERN = /(?<![\d.])(?:BE\s?)?[01]?\d{3}[.\-\s]?\d{3}[.\-\s]?\d{3}(?!\d)/gi;

export interface NumberMatch {
  digits: string;
  index: number;
  length: number;
}

function matches(text: string, pattern: RegExp, accept: (digits: string) => string | null): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const digits = accept(match[0].replace(/\D/g, ''));
    if (digits) found.push({ digits, index: match.index, length: match[0].length });
  }
  return found;
}

export function nissMatches(text: string): NumberMatch[] {
  return matches(text, NISS_PATTERN, (d) => (d.length === 11 && isValidNiss(d) ? d : null));
}

/** A 9-digit old enterprise number gets its leading 0. */
export function enterpriseMatches(text: string): NumberMatch[] {
  return matches(text, ENTERPRISE_PATTERN, (d) => {
    const digits = d.length === 9 ? `0${d}` : d;
    return digits.length === 10 && isValidEnterpriseNumber(digits) ? digits : null;
  });
}

/** Valid NISS numbers in a text, as 11 digits, in order of appearance, without repeats. */
export function nissNumbersIn(text: string): string[] {
  return [...new Set(nissMatches(text).map((m) => m.digits))];
}

/** Valid enterprise numbers in a text, as 10 digits, in order of appearance, without repeats. */
export function enterpriseNumbersIn(text: string): string[] {
  return [...new Set(enterpriseMatches(text).map((m) => m.digits))];
}
