// Shared shapes of the identifier parsers (NISS, enterprise number, VAT, ONSS employer number).

/** Why a number was refused; each has a client-friendly message under `idReason_*` in _locales. */
export type IdReason = 'empty' | 'length' | 'characters' | 'check-digits' | 'impossible-date' | 'first-digit';

export const ID_REASONS: readonly IdReason[] = [
  'empty',
  'length',
  'characters',
  'check-digits',
  'impossible-date',
  'first-digit',
];

/** The kind of number, named in messages through the `idKind_*` keys. */
export type IdKind = 'niss' | 'enterprise' | 'vat' | 'onss';

export const ID_KINDS: readonly IdKind[] = ['niss', 'enterprise', 'vat', 'onss'];

export type IdResult = { ok: true; digits: string; formatted: string } | { ok: false; reason: IdReason };
