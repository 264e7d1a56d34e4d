import type { Fingerprint } from '../shared/fingerprint-schema.ts';
import type { StepId } from '../shared/steps.ts';
import { companyFromHeader } from './company.ts';
import { ownText } from './dom/tree.ts';
import type { ScanCandidate } from './finder/candidates.ts';
import { roleOf } from './finder/roles.ts';
import { FIELD_ROLES, PageScan } from './finder/scan.ts';
import { bestSimilarity, prepareCaption, STRONG_MATCH } from './finder/similarity.ts';
import { EMAIL, maskFingerprint } from './fingerprint-mask.ts';
import { tokens } from './text.ts';
import { properNameWords, vocabularyWords } from './vocabulary.ts';

// Making and matching fingerprints. Their schemas (fingerprint-schema.ts) are for the background and the options
// page, which check what comes from storage or a file; the content script imports only the types, not zod.

export type { Fingerprint, LearnedSet } from '../shared/fingerprint-schema.ts';

function candidateFor(scan: PageScan, element: Element): ScanCandidate | null {
  const known = scan.actionable().find((c) => c.element === element);
  if (known && scan.isCandidate(known)) return known;
  const role = roleOf(element);
  return role ? { element, role, own: ownText(element) } : null;
}

/** The words of a control's text that look like a name: its own, or the company's in the page's header. */
function personalWords(pass: PageScan, c: ScanCandidate): Set<string> {
  const raw = `${c.element.getAttribute('aria-label') ?? ''} ${c.element.textContent ?? ''}`;
  const company = companyFromHeader(pass);
  const personal = properNameWords(company ? `${raw} ${company.name}` : raw);
  if (company) for (const word of tokens(company.name)) personal.add(word);
  // The name read from the page is folded (no « @ » left): the words of an address are found in the raw text.
  for (const address of raw.match(EMAIL) ?? []) for (const word of tokens(address)) personal.add(word);
  return personal;
}

/**
 * The fingerprint of an element the person pointed at; null when it is not something one can act on, or when
 * nothing of its caption would be left once masked. It holds no personal data (it may be exported): it goes through
 * the same masking as an imported correction (fingerprint-mask.ts), with the names the page adds.
 */
export function makeFingerprint(element: Element, stepId: StepId, scan?: PageScan): Fingerprint | null {
  const pass = scan ?? new PageScan(element.ownerDocument);
  const c = candidateFor(pass, element);
  if (!c) return null;
  const label = FIELD_ROLES.has(c.role) ? pass.labels(c)[0]?.normalized : undefined;
  const position = pass.position(c);
  return maskFingerprint(
    {
      stepId,
      role: c.role,
      name: pass.names(c)[0]?.normalized ?? '',
      ...(label ? { label } : {}),
      words: [...pass.words(c)],
      ...(position
        ? { position: { rank: position.rank, containerWords: [...position.containerWords] } }
        : {}),
      context: pass.context(c),
    },
    personalWords(pass, c),
  );
}

const FP_WEIGHTS = { name: 0.55, words: 0.2, position: 0.1, context: 0.15 } as const;
/** A learned fingerprint is trusted only when it matches this well, and clearly better than any other element. */
export const FINGERPRINT_THRESHOLD = 0.7;
export const FINGERPRINT_MARGIN = 0.1;

function overlap(
  a: ReadonlySet<string> | readonly string[],
  b: ReadonlySet<string> | readonly string[],
): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const w of left) if (right.has(w)) shared++;
  return shared / (left.size + right.size - shared);
}

function scoreAgainst(scan: PageScan, c: ScanCandidate, fp: Fingerprint): { score: number; name: number } {
  const captions = [fp.name, fp.label].filter((t): t is string => Boolean(t)).map(prepareCaption);
  const texts = FIELD_ROLES.has(c.role) ? [...scan.names(c), ...scan.labels(c)] : scan.names(c);
  const name = captions.length > 0 ? bestSimilarity(texts, captions) : 0;
  const words = overlap(scan.words(c), fp.words);
  const position = scan.position(c);
  const samePlace =
    fp.position && position && position.rank === fp.position.rank
      ? 0.5 + 0.5 * overlap(position.containerWords, fp.position.containerWords)
      : 0;
  // The fingerprint keeps only the procedure's words of the text around: compared with those of the page.
  const context = fp.context ? overlap(vocabularyWords(tokens(scan.context(c))), tokens(fp.context)) : 0;
  const rest = FP_WEIGHTS.words * words + FP_WEIGHTS.position * samePlace + FP_WEIGHTS.context * context;
  // An element without a name (an icon) is recognised by the other signals alone.
  const score = captions.length > 0 ? FP_WEIGHTS.name * name + rest : rest / (1 - FP_WEIGHTS.name);
  return { score, name };
}

/**
 * The element a learned fingerprint designates on this page, or null when its match is weak or ambiguous. The name
 * must still match (a renamed button is a changed page: the rules decide again), unless the element had no name.
 */
export function matchFingerprint(
  scan: PageScan,
  fp: Fingerprint,
): { element: Element; score: number; margin: number } | null {
  const ranked = scan
    .withRoles([fp.role])
    .filter((c) => scan.isCandidate(c))
    .map((c) => ({ c, ...scoreAgainst(scan, c, fp) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return null;
  const margin = best.score - (second?.score ?? 0);
  const named = fp.name === '' && !fp.label ? true : best.name >= STRONG_MATCH;
  if (!named || best.score < FINGERPRINT_THRESHOLD || margin < FINGERPRINT_MARGIN) return null;
  return { element: best.c.element, score: best.score, margin };
}
