import { compactDigits } from './compact.ts';
import type { IdResult } from './types.ts';

// ONSS (RSZ) employer number. Definitive numbers: 7 digits + 2 check digits, first digit 0 or 1 (the ONSS glossary's
// range is 100006..199999934 written on 9 digits), CC = 96 − ((7 digits × 100) mod 97), a result of 0 being written 97.
// Provisional numbers: 10 digits starting with 5. No public rule for their check digits could be found, so only
// their form is checked.

export function parseOnssEmployerNumber(input: string): IdResult {
  const compact = compactDigits(input, { allowBePrefix: false });
  if (!compact.ok) return compact;
  const { digits } = compact;
  if (digits.length === 10) {
    if (digits[0] !== '5') return { ok: false, reason: 'first-digit' };
    return { ok: true, digits, formatted: digits };
  }
  if (digits.length !== 9) return { ok: false, reason: 'length' };
  if (digits[0] !== '0' && digits[0] !== '1') return { ok: false, reason: 'first-digit' };
  if (onssCheck(Number(digits.slice(0, 7))) !== Number(digits.slice(7))) {
    return { ok: false, reason: 'check-digits' };
  }
  return { ok: true, digits, formatted: `${digits.slice(0, 7)}-${digits.slice(7)}` };
}

export function onssCheck(serial: number): number {
  return 96 - ((serial * 100) % 97) || 97;
}
