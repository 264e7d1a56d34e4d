import type { Catalog } from '../shared/i18n.ts';
import { idReasonMessage } from '../shared/identifiers/messages.ts';
import type { IdKind, IdReason } from '../shared/identifiers/types.ts';
import { Refusal } from '../shared/rpc.ts';
import type { Translate } from './locale.ts';

// What pure validation reports: a message key, or a refused identifier (worded by the identifier messages).

export type Problem = { key: string } | { idKind: IdKind; reason: IdReason; input: string };

export function problemText(problem: Problem, catalog: Catalog, t: Translate): string {
  if ('key' in problem) return t(problem.key);
  return idReasonMessage(catalog, problem.idKind, problem.reason, problem.input);
}

/** What a failed request says, in the page's language when the background refused it with a message key. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof Refusal) return t(error.text.key, error.text.substitutions);
  return error instanceof Error ? error.message : String(error);
}
