import { parseEnterpriseNumber } from '../shared/identifiers/enterprise.ts';
import type { Problem } from '../ui/problem.ts';

// Adding a company by hand: the number must pass the check-digit test, the exact name goes into the e-mail.

export type CompanyInput =
  | { ok: true; enterpriseNumber: string; name: string }
  | { ok: false; numberError?: Problem; nameError?: Problem };

export function validateCompanyInput(number: string, name: string, known: readonly string[]): CompanyInput {
  const parsed = parseEnterpriseNumber(number);
  let numberError: Problem | undefined;
  if (!parsed.ok) numberError = { idKind: 'enterprise', reason: parsed.reason, input: number };
  else if (known.includes(parsed.digits)) numberError = { key: 'popup_company_error_known' };
  const nameError = name.trim() ? undefined : { key: 'popup_company_error_name' };
  if (parsed.ok && !numberError && !nameError)
    return { ok: true, enterpriseNumber: parsed.digits, name: name.trim() };
  return { ok: false, ...(numberError ? { numberError } : {}), ...(nameError ? { nameError } : {}) };
}
