import { type Catalog, formatMessage } from '../i18n.ts';
import { compactDigits } from './compact.ts';
import type { IdKind, IdReason } from './types.ts';

// Turns a refusal into the sentence a client reads. Every `idReason_*` message takes the same substitutions:
// $1 the kind of number (from `idKind_*`), $2 how many digits it has, $3 the first digit typed.

/** Chrome message keys allow only letters, digits and `_`, so the reasons are written in camelCase there. */
export const ID_REASON_KEYS: Readonly<Record<IdReason, string>> = {
  empty: 'idReason_empty',
  length: 'idReason_length',
  characters: 'idReason_characters',
  'check-digits': 'idReason_checkDigits',
  'impossible-date': 'idReason_impossibleDate',
  'first-digit': 'idReason_firstDigit',
};

export const ID_KIND_KEYS: Readonly<Record<IdKind, string>> = {
  niss: 'idKind_niss',
  enterprise: 'idKind_enterprise',
  vat: 'idKind_vat',
  onss: 'idKind_onss',
};

/** Digits of a well-formed number (the VAT number counts the 10 digits after `BE`; ONSS the definitive 9). */
const EXPECTED_LENGTH: Readonly<Record<IdKind, number>> = { niss: 11, enterprise: 10, vat: 10, onss: 9 };

export function idReasonMessage(catalog: Catalog, kind: IdKind, reason: IdReason, input: string): string {
  const compact = compactDigits(input, { allowBePrefix: kind === 'enterprise' || kind === 'vat' });
  const firstDigit = compact.ok ? compact.digits.slice(0, 1) : '';
  return formatMessage(catalog, ID_REASON_KEYS[reason], [
    formatMessage(catalog, ID_KIND_KEYS[kind]),
    String(EXPECTED_LENGTH[kind]),
    firstDigit,
  ]);
}
