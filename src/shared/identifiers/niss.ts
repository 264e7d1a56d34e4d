import { compactDigits, mod97Check } from './compact.ts';
import type { IdResult } from './types.ts';

// NISS / INSZ: the national register number, or a BIS number for people outside the register.
// 11 digits YYMMDD SSS CC. CC = 97 − (first 9 digits mod 97), computed on "2" + the 9 digits for people born in
// 2000 or later. For a given 9 digits the two checks always differ, so the check digits tell the century.

export interface NissOptions {
  /** The year "now": a check meaning "born in 20YY" is refused when 20YY is still to come. Defaults to the clock. */
  currentYear?: number;
}

const TWO_THOUSAND_PREFIX = 2_000_000_000;

export function parseNiss(input: string, options: NissOptions = {}): IdResult {
  const compact = compactDigits(input, { allowBePrefix: false });
  if (!compact.ok) return compact;
  const { digits } = compact;
  if (digits.length !== 11) return { ok: false, reason: 'length' };
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const body = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  const possibleIn = (century: 1900 | 2000) => isPossibleDate(century + yy, mm, dd, currentYear);

  let century: 1900 | 2000 | null = null;
  if (mod97Check(body) === check) century = 1900;
  else if (mod97Check(TWO_THOUSAND_PREFIX + body) === check) century = 2000;
  if (century === null) {
    // A date impossible in either century is the more useful thing to tell (e.g. month 13).
    const reason = possibleIn(1900) || possibleIn(2000) ? 'check-digits' : 'impossible-date';
    return { ok: false, reason };
  }
  if (!possibleIn(century)) return { ok: false, reason: 'impossible-date' };
  return { ok: true, digits, formatted: formatNissDigits(digits) };
}

/**
 * Which encoded birth dates exist:
 * - BIS numbers add 20 (sex unknown when issued) or 40 (sex known) to the month: 20..32 and 40..52.
 * - Month 00 means the month was unknown, or that the day's counter ran out (the register then counts on in the
 *   day digits), so the day digits are not a day and are not checked. The register writes an unknown date as 00 00 01.
 * - Day 00 with a known month means the day was unknown.
 * - Otherwise the date must exist in the century the check digits gave (29 February only in leap years: 1900 was not
 *   one, 2000 was) and the year must not be in the future.
 */
function isPossibleDate(year: number, encodedMonth: number, day: number, currentYear: number): boolean {
  if (year > currentYear) return false;
  const month =
    encodedMonth >= 40 ? encodedMonth - 40 : encodedMonth >= 20 ? encodedMonth - 20 : encodedMonth;
  if (month > 12) return false;
  if (month === 0 || day === 0) return true;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatNissDigits(d: string): string {
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/** `YY.MM.DD-SSS.CC` for anything that reads as 11 digits; other input is returned trimmed, unchanged. */
export function formatNiss(input: string): string {
  const compact = compactDigits(input, { allowBePrefix: false });
  return compact.ok && compact.digits.length === 11 ? formatNissDigits(compact.digits) : input.trim();
}

export function isValidNiss(input: string, options?: NissOptions): boolean {
  return parseNiss(input, options).ok;
}
