import * as z from 'zod/mini';
import { parseNiss } from '../engine/identifiers/niss.ts';
import type { Problem } from '../popup/problem.ts';
import { Profile } from '../shared/profile.ts';

// Profile files: `{ "profile": { … } }`, the same shape as the managed-storage policy, so that a firm can export
// its profile and put it in a policy as it is. Import checks everything and says what is wrong, field by field.

export const PROFILE_FILE_NAME = 'onss-guide-profile.json';
const MAX_FILE_CHARS = 100_000;

export const ProfileFile = z.strictObject({ profile: Profile });

/** Where in the file (a JSON path such as `profile.analysts[0].niss`, empty for the whole file) and what. */
export interface FileProblem {
  path: string;
  problem: Problem;
}

export function exportProfile(profile: Profile): string {
  return `${JSON.stringify({ profile }, null, 2)}\n`;
}

const ISSUE_KEYS: Record<string, string> = {
  invalid_type: 'options_import_problem_type',
  too_small: 'options_import_problem_too_small',
  too_big: 'options_import_problem_too_big',
  invalid_format: 'options_import_problem_format',
  invalid_value: 'options_import_problem_value',
  unrecognized_keys: 'options_import_problem_unknown',
};

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function problemOf(json: unknown, issue: z.core.$ZodIssue): Problem {
  const value = valueAt(json, issue.path);
  if (issue.path.length === 0 && issue.code === 'invalid_type') return { key: 'options_import_not_profile' };
  if (issue.code === 'invalid_type' && value === undefined) return { key: 'options_import_problem_missing' };
  // A NISS that is refused gets the same explanation as in the form (length, check digits, date…).
  if (issue.path.at(-1) === 'niss' && typeof value === 'string') {
    const niss = parseNiss(value);
    if (!niss.ok) return { idKind: 'niss', reason: niss.reason, input: value };
  }
  return { key: ISSUE_KEYS[issue.code] ?? 'options_import_problem_invalid' };
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

export function parseProfileFile(
  text: string,
): { ok: true; profile: Profile } | { ok: false; problems: FileProblem[] } {
  if (text.length > MAX_FILE_CHARS)
    return { ok: false, problems: [{ path: '', problem: { key: 'options_import_too_large' } }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', problem: { key: 'options_import_not_json' } }] };
  }
  const parsed = ProfileFile.safeParse(json);
  if (parsed.success) return { ok: true, profile: parsed.data.profile };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      // An unknown field is named by its own path rather than its parent's.
      path: pathOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path),
      problem: problemOf(json, issue),
    })),
  };
}
