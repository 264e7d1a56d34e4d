import type { Catalog } from '../shared/i18n.ts';
import { idReasonMessage } from '../shared/identifiers/messages.ts';
import type { IdKind, IdReason } from '../shared/identifiers/types.ts';
import type { Translate } from './locale.ts';

// What pure validation reports: a message key, or a refused identifier (worded by the identifier messages).

export type Problem = { key: string } | { idKind: IdKind; reason: IdReason; input: string };

export function problemText(problem: Problem, catalog: Catalog, t: Translate): string {
  if ('key' in problem) return t(problem.key);
  return idReasonMessage(catalog, problem.idKind, problem.reason, problem.input);
}
