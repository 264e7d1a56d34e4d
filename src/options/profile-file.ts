import * as z from 'zod/mini';
import { parseNiss } from '../shared/identifiers/niss.ts';
import { Profile } from '../shared/profile.ts';
import type { Problem } from '../ui/problem.ts';
import { type FileKind, type FileProblem, parseJsonFile } from './json-file.ts';

// Profile files: `{ "profile": { … } }`, the same shape as the managed-storage policy, so that a firm can export
// its profile and put it in a policy as it is. Import checks everything and says what is wrong, field by field.

export const PROFILE_FILE_NAME = 'onss-guide-profile.json';
const MAX_FILE_CHARS = 100_000;

export const ProfileFile = z.strictObject({ profile: Profile });
type ProfileFile = z.infer<typeof ProfileFile>;

export function exportProfile(profile: Profile): string {
  return `${JSON.stringify({ profile }, null, 2)}\n`;
}

// A NISS that is refused gets the same explanation as in the form (length, check digits, date…).
function explainNiss(path: readonly PropertyKey[], value: unknown): Problem | null {
  if (path.at(-1) !== 'niss' || typeof value !== 'string') return null;
  const niss = parseNiss(value);
  return niss.ok ? null : { idKind: 'niss', reason: niss.reason, input: value };
}

const PROFILE_FILE: FileKind<ProfileFile> = {
  schema: ProfileFile,
  maxChars: MAX_FILE_CHARS,
  tooLargeKey: 'options_import_too_large',
  wrongShapeKey: 'options_import_not_profile',
  explain: explainNiss,
};

export function parseProfileFile(
  text: string,
): { ok: true; profile: Profile } | { ok: false; problems: FileProblem[] } {
  const result = parseJsonFile(PROFILE_FILE, text);
  return result.ok ? { ok: true, profile: result.value.profile } : result;
}
