import { compactDigits } from '../../shared/identifiers/compact.ts';
import { parseEnterpriseNumber } from '../../shared/identifiers/enterprise.ts';
import type { IdReason } from '../../shared/identifiers/types.ts';
import { type Strings, t } from '../../shared/template.ts';
import type { CardNote } from '../overlay/card.ts';
import type { FeatureFactory } from './feature.ts';

// The enterprise number the client types on a registration form (the portal's older path or CSAM's), checked as
// they type, so that the reason a number is wrong shows before they press OK. Nothing is ever written into it.

const REASON_KEYS: Partial<Record<IdReason, string>> = {
  length: 'hint_enterpriseLength',
  characters: 'hint_enterpriseCharacters',
  'first-digit': 'hint_enterpriseFirstDigit',
  'check-digits': 'hint_enterpriseCheckDigits',
};

/** What the card says of the field's value: nothing while it is empty, why it is wrong, or that it is right. */
export function enterpriseNotes(strings: Strings, value: string): CardNote[] {
  if (value.trim() === '') return [];
  const parsed = parseEnterpriseNumber(value);
  if (parsed.ok) return [{ tone: 'ok', text: t(strings, 'hint_enterpriseOk', parsed.formatted) }];
  const key = REASON_KEYS[parsed.reason];
  if (!key) return [];
  const compact = compactDigits(value, { allowBePrefix: true });
  const digits = compact.ok ? compact.digits : value.replace(/\D/g, '');
  return [{ tone: 'error', text: t(strings, key, String(digits.length), digits.slice(0, 1)) }];
}

/** CSAM's form asks the legal representative's own national number: said once, so no analyst's goes there. */
export function csamNotes(strings: Strings, hostname: string): CardNote[] {
  return hostname.toLowerCase() === 'csam.be'
    ? [{ tone: 'warn', text: t(strings, 'hint_csamOwnNumber') }]
    : [];
}

/** The feature: on the registration's enterprise-number step, CSAM's warning and the check of the typed number. */
export const enterpriseCheckFeature: FeatureFactory = (guide) => ({
  after({ context, target, notes }) {
    if (context.stepId !== 'register.enterprise-number' || context.halt) return;
    notes.push(...csamNotes(context.strings, guide.win.location.hostname));
    if (target?.localName === 'input')
      notes.push(...enterpriseNotes(context.strings, (target as HTMLInputElement).value));
  },
});
