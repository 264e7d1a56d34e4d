import type { Fingerprint } from '../shared/fingerprint-schema.ts';
import type { StepId } from '../shared/steps.ts';
import { FIELD_ROLES } from './finder/scan.ts';
import { stepSpecOf } from './procedure/index.ts';
import type { Role } from './procedure/schema.ts';
import { tokens } from './text.ts';
import { maskFreeText, properNameWords, vocabularyWords } from './vocabulary.ts';

// What a fingerprint may hold, whether teach mode just made it on this page or it comes from a file: no digits, no
// name of a person or a company, and around the element only the procedure's words. Pure (no page): the options
// page and the background pass every imported correction through it, teach mode every learned one, so a file
// cannot bring in what this browser would not have learned itself. Applying it twice changes nothing.

/** Roles whose name is data (a row of users, a cell, a list item), not a caption of the portal. */
const DATA_ROLES: ReadonlySet<Role> = new Set(['row', 'cell', 'gridcell', 'listitem', 'option', 'treeitem']);

/** Whether the element's name is data (a company's or a person's row) or a field's label, not a control's caption. */
function nameIsData(stepId: StepId, role: Role): boolean {
  return (
    DATA_ROLES.has(role) ||
    FIELD_ROLES.has(role) ||
    stepSpecOf(stepId).targets.some((target) => target.kind !== 'element')
  );
}

/** An e-mail address: a person's, whatever the words it is made of. */
export const EMAIL = /[^\s@]+@[^\s@]+/g;

/** A word of an id, a class or a link target as the page scan reads them (text.ts identifierWords). */
const identifierWord = (word: string) => /^[a-z]{2,40}$/.test(word);

/**
 * A control's caption without the words that look like a name (`personal`, normalised: those of `text` itself and
 * whatever the page adds, such as the company in its header), every digit masked. A control's caption is the
 * portal's, even when the procedure does not know it yet (a renamed button is what a correction is for): its other
 * words, case and punctuation are kept.
 */
export function maskControlName(text: string, personal: ReadonlySet<string> = new Set()): string {
  const named = properNameWords(text);
  return text
    .replace(EMAIL, ' ')
    .replace(/[\p{L}\p{M}]+/gu, (word) =>
      tokens(word).some((t) => personal.has(t) || named.has(t)) ? '' : word,
    )
    .replace(/\p{N}/gu, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The fingerprint as it may be stored and exported, or null when nothing of its caption would be left: a named
 * element must not become a nameless one (those are matched by place alone, and refused for steps that act).
 */
export function maskFingerprint(fp: Fingerprint, personal?: ReadonlySet<string>): Fingerprint | null {
  const name = (
    nameIsData(fp.stepId, fp.role) ? maskFreeText(fp.name) : maskControlName(fp.name, personal)
  ).slice(0, 200);
  const label = fp.label === undefined ? undefined : maskFreeText(fp.label).slice(0, 200);
  if ((fp.name !== '' || Boolean(fp.label)) && name === '' && !label) return null;
  return {
    stepId: fp.stepId,
    role: fp.role,
    name,
    ...(label ? { label } : {}),
    words: fp.words.filter(identifierWord).slice(0, 40),
    ...(fp.position
      ? {
          position: {
            rank: fp.position.rank,
            containerWords: fp.position.containerWords.filter(identifierWord).slice(0, 20),
          },
        }
      : {}),
    ...(fp.context === undefined
      ? {}
      : { context: vocabularyWords(tokens(fp.context)).join(' ').slice(0, 400) }),
    ...(fp.lang === undefined ? {} : { lang: fp.lang }),
    ...(fp.learnedAt === undefined ? {} : { learnedAt: fp.learnedAt }),
  };
}

/** A file's corrections as they may be stored: masked, those with nothing left of their caption left out. */
export function maskLearned(incoming: readonly Fingerprint[]): {
  kept: Fingerprint[];
  /** How many were changed by the masking (digits, names, words around that are not the procedure's). */
  masked: number;
  /** How many were left out: their caption was all names or digits. */
  leftOut: number;
} {
  const kept: Fingerprint[] = [];
  let masked = 0;
  for (const fp of incoming) {
    const safe = maskFingerprint(fp);
    if (!safe) continue;
    if (JSON.stringify(safe) !== JSON.stringify(fp)) masked += 1;
    kept.push(safe);
  }
  return { kept, masked, leftOut: incoming.length - kept.length };
}
