// Formatting and checking of Belgian identifiers as the portal does it (rules: PROCEDURE.md "Identifiers").
// The replica keeps its own copy so that it never depends on the code it is meant to test.

/** 10 digits → 0xxx.xxx.xxx */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** 11 digits → YY.MM.DD-SSS.CC */
export function formatNiss(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}

function mod97Check(body: string): number {
  return 97 - Number(BigInt(body) % 97n);
}

/** Accepts an enterprise number or a VAT number (BE prefix, dots, spaces); returns the 10 digits or null. */
export function parseEnterpriseNumber(input: string): string | null {
  let s = input.replace(/[\s.\-/]/g, '').toUpperCase();
  if (s.startsWith('BE')) s = s.slice(2);
  if (/^\d{9}$/.test(s)) s = `0${s}`;
  if (!/^[01]\d{9}$/.test(s)) return null;
  return mod97Check(s.slice(0, 8)) === Number(s.slice(8)) ? s : null;
}

/** Accepts a NISS with or without separators; returns the 11 digits or null (born before or after 2000). */
export function parseNiss(input: string): string | null {
  const s = input.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(s)) return null;
  const check = Number(s.slice(9));
  const body = s.slice(0, 9);
  return mod97Check(body) === check || mod97Check(`2${body}`) === check ? s : null;
}
