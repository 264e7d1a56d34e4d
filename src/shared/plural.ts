// Chrome's i18n has no plural rules: a counted sentence has one message per form, `<key>_zero`, `<key>_one` and
// `<key>_other`, and this is the one place that picks the form. For whole numbers, French, Dutch, German and
// English agree once zero has its own sentence: 1 takes the singular, anything else the plural.

export type PluralForm = 'zero' | 'one' | 'other';

export function pluralForm(count: number): PluralForm {
  return count === 0 ? 'zero' : count === 1 ? 'one' : 'other';
}

/** The message key of `base` for `count` (e.g. `popup_company_summary_one`). */
export function countKey(base: string, count: number): string {
  return `${base}_${pluralForm(count)}`;
}
