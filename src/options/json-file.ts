import type * as z from 'zod/mini';
import type { Problem } from '../ui/problem.ts';

// Files the options page imports (the firm profile, the learned corrections): parsed, checked against their schema,
// and refused with one problem per line, each with the JSON path it concerns, so that the firm can fix the file.

/** Where in the file (a JSON path such as `profile.analysts[0].niss`, empty for the whole file) and what. */
export interface FileProblem {
  path: string;
  problem: Problem;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

export interface FileKind<T> {
  schema: z.ZodMiniType<T>;
  maxChars: number;
  /** The message keys for a file too large and for a file whose top level is not the expected object. */
  tooLargeKey: string;
  wrongShapeKey: string;
  /** A more precise explanation of a refused value than the schema's, when the kind of file has one. */
  explain?: (path: readonly PropertyKey[], value: unknown) => Problem | null;
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

function problemOf<T>(kind: FileKind<T>, json: unknown, issue: z.core.$ZodIssue): Problem {
  const value = valueAt(json, issue.path);
  if (issue.path.length === 0 && issue.code === 'invalid_type') return { key: kind.wrongShapeKey };
  if (issue.code === 'invalid_type' && value === undefined) return { key: 'options_import_problem_missing' };
  return (
    kind.explain?.(issue.path, value) ?? { key: ISSUE_KEYS[issue.code] ?? 'options_import_problem_invalid' }
  );
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

export function parseJsonFile<T>(kind: FileKind<T>, text: string): FileResult<T> {
  if (text.length > kind.maxChars)
    return { ok: false, problems: [{ path: '', problem: { key: kind.tooLargeKey } }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', problem: { key: 'options_import_not_json' } }] };
  }
  const parsed = kind.schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      // An unknown field is named by its own path rather than its parent's.
      path: pathOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path),
      problem: problemOf(kind, json, issue),
    })),
  };
}

/** The file's text as a download link's target. */
export const jsonHref = (text: string) => `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
