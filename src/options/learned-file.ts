import { maskLearned } from '../engine/fingerprint-mask.ts';
import { LearnedSet } from '../shared/fingerprint-schema.ts';
import { STEP_ORDER } from '../shared/steps.ts';
import { type FileKind, type FileResult, parseJsonFile } from './json-file.ts';

// Learned-correction files: the learned set as it is (`{ "version": 1, "fingerprints": [ … ] }`), the same JSON as
// the in-page card's export, so that the firm can collect a client's corrections and ship them to every client.

export const LEARNED_FILE_NAME = 'onss-guide-learned.json';

const LEARNED_FILE: FileKind<LearnedSet> = {
  schema: LearnedSet,
  // 500 fingerprints (the schema's limit) of a few kB each at most, pretty-printed.
  maxChars: 3_000_000,
  tooLargeKey: 'options_learned_too_large',
  wrongShapeKey: 'options_learned_not_set',
};

export type LearnedFileResult =
  | { ok: true; value: LearnedSet; masked: number; leftOut: number }
  | Extract<FileResult<LearnedSet>, { ok: false }>;

/**
 * A file of corrections, checked by schema then masked as teach mode masks what it learns (digits, names of people
 * and companies, words around that are not the procedure's): the preview shows what would be stored, and says how
 * many were masked or left out (nothing left of their caption).
 */
export function parseLearnedFile(text: string): LearnedFileResult {
  const result = parseJsonFile(LEARNED_FILE, text);
  if (!result.ok) return result;
  const { kept, masked, leftOut } = maskLearned(result.value.fingerprints);
  return { ok: true, value: { version: 1, fingerprints: kept }, masked, leftOut };
}

export function exportLearned(set: LearnedSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}

/** How many corrections each step has, in the procedure's order, steps without any left out. */
export function countsByStep(set: LearnedSet): { stepId: string; count: number }[] {
  return STEP_ORDER.map((stepId) => ({
    stepId,
    count: set.fingerprints.filter((fingerprint) => fingerprint.stepId === stepId).length,
  })).filter(({ count }) => count > 0);
}
