import type { IdReason } from './types.ts';

// Lenient reading of what a person typed or pasted: separators are dropped, anything else is refused.

/** Spaces (any Unicode space, including the no-break space of copied text), dots, dashes and slashes. */
const SEPARATORS = /[\s.\-‐‑‒–—−/]/gu;
/** A `BE` country prefix, as written in front of VAT and enterprise numbers. */
const BE_PREFIX = /^\s*B\s*E/iu;

export function compactDigits(
  input: string,
  options: { allowBePrefix: boolean },
): { ok: true; digits: string } | { ok: false; reason: IdReason } {
  const withoutPrefix = options.allowBePrefix ? input.replace(BE_PREFIX, '') : input;
  const digits = withoutPrefix.replace(SEPARATORS, '');
  if (digits === '') return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'characters' };
  return { ok: true, digits };
}

/** `97 − (n mod 97)`, the check used by the NISS and the enterprise number (never 0: it ranges over 1..97). */
export function mod97Check(n: number): number {
  return 97 - (n % 97);
}
