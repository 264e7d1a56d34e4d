import * as z from 'zod/mini';
import { parseNiss } from '../shared/identifiers/niss.ts';
import { ALL_RIGHT_IDS, type Profile, type RightId } from '../shared/profile.ts';
import type { Problem } from '../ui/problem.ts';

// The profile as the form edits it (strings), and back with every field checked.

export interface ProfileFormValues {
  firmName: string;
  firmEmail: string;
  analysts: { name: string; niss: string }[];
  rights: RightId[];
  teamviewerUrl: string;
}

/** Keyed by field: `firmName`, `analysts.<i>.niss`…; `analysts` and `rights` concern the whole list. */
export type FieldErrors = Record<string, Problem>;

export function toForm(profile: Profile): ProfileFormValues {
  return {
    ...profile,
    analysts: profile.analysts.map((analyst) => ({ ...analyst })),
    rights: [...profile.rights],
  };
}

const Email = z.email();
const HttpsUrl = z.url({ protocol: /^https$/ });
const MAX_ANALYSTS = 10;
const MAX_NAME = 100;

function checkName(value: string): Problem | undefined {
  if (!value) return { key: 'options_error_required' };
  return value.length > MAX_NAME ? { key: 'options_error_too_long' } : undefined;
}

export function validateForm(
  form: ProfileFormValues,
): { ok: true; profile: Profile } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const set = (field: string, problem: Problem | undefined) => {
    if (problem) errors[field] = problem;
  };
  const firmName = form.firmName.trim();
  set('firmName', checkName(firmName));
  const firmEmail = form.firmEmail.trim();
  if (!Email.safeParse(firmEmail).success) set('firmEmail', { key: 'options_error_email' });
  const teamviewerUrl = form.teamviewerUrl.trim();
  if (!HttpsUrl.safeParse(teamviewerUrl).success) set('teamviewerUrl', { key: 'options_error_url' });
  if (form.analysts.length === 0) set('analysts', { key: 'options_error_no_analyst' });
  if (form.analysts.length > MAX_ANALYSTS) set('analysts', { key: 'options_error_too_many_analysts' });
  const seen = new Set<string>();
  const analysts = form.analysts.map((analyst, index) => {
    const name = analyst.name.trim();
    set(`analysts.${index}.name`, checkName(name));
    const niss = parseNiss(analyst.niss);
    if (!niss.ok) set(`analysts.${index}.niss`, { idKind: 'niss', reason: niss.reason, input: analyst.niss });
    else if (seen.has(niss.digits)) set(`analysts.${index}.niss`, { key: 'options_error_duplicate_niss' });
    if (niss.ok) seen.add(niss.digits);
    return { name, niss: niss.ok ? niss.digits : '' };
  });
  const rights = ALL_RIGHT_IDS.filter((right) => form.rights.includes(right));
  if (rights.length === 0) set('rights', { key: 'options_error_no_right' });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, profile: { firmName, firmEmail, analysts, rights, teamviewerUrl } };
}
