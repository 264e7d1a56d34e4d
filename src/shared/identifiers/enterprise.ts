import { compactDigits, mod97Check } from './compact.ts';
import type { IdResult } from './types.ts';

// Enterprise number (BCE/KBO): 10 digits, first 0 or 1 (1 since 2023), last two = 97 − (first 8 mod 97).
// Numbers issued before the 10-digit form had 9 digits: they take a leading 0.
// The Belgian VAT number is "BE" + the enterprise number.

export function parseEnterpriseNumber(input: string): IdResult {
  const compact = compactDigits(input, { allowBePrefix: true });
  if (!compact.ok) return compact;
  const digits = compact.digits.length === 9 ? `0${compact.digits}` : compact.digits;
  if (digits.length !== 10) return { ok: false, reason: 'length' };
  if (digits[0] !== '0' && digits[0] !== '1') return { ok: false, reason: 'first-digit' };
  if (mod97Check(Number(digits.slice(0, 8))) !== Number(digits.slice(8))) {
    return { ok: false, reason: 'check-digits' };
  }
  return { ok: true, digits, formatted: formatEnterpriseDigits(digits) };
}

/** Same rules as the enterprise number, with or without the `BE` prefix; formatted `BE 0xxx.xxx.xxx`. */
export function parseVat(input: string): IdResult {
  const parsed = parseEnterpriseNumber(input);
  return parsed.ok ? { ...parsed, formatted: `BE ${parsed.formatted}` } : parsed;
}

function formatEnterpriseDigits(d: string): string {
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** `0xxx.xxx.xxx` for anything that reads as 9 or 10 digits; other input is returned trimmed, unchanged. */
export function formatEnterpriseNumber(input: string): string {
  const compact = compactDigits(input, { allowBePrefix: true });
  if (!compact.ok) return input.trim();
  if (compact.digits.length === 9) return formatEnterpriseDigits(`0${compact.digits}`);
  return compact.digits.length === 10 ? formatEnterpriseDigits(compact.digits) : input.trim();
}

export function isValidEnterpriseNumber(input: string): boolean {
  return parseEnterpriseNumber(input).ok;
}
