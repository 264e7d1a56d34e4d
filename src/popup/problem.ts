import { idReasonMessage } from '../engine/identifiers/messages.ts';
import type { IdKind, IdReason } from '../engine/identifiers/types.ts';
import { CATALOGS } from '../shared/i18n.ts';
import type { Locale } from '../shared/state.ts';
import type { Translate } from './locale.ts';

// What pure validation reports: a message key, or a refused identifier (worded by the identifier messages).

export type Problem = { key: string } | { idKind: IdKind; reason: IdReason; input: string };

export function problemText(problem: Problem, locale: Locale, t: Translate): string {
  if ('key' in problem) return t(problem.key);
  return (
    idReasonMessage(CATALOGS[locale], problem.idKind, problem.reason, problem.input) ||
    idReasonMessage(CATALOGS.fr, problem.idKind, problem.reason, problem.input)
  );
}
