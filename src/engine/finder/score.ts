import { companyFromHeader } from '../company.ts';
import { containsPhrase, normalize } from '../text.ts';
import type { ScanCandidate } from './candidates.ts';
import { FIELD_ROLES, type PageScan } from './scan.ts';
import type { PreparedText } from './similarity.ts';
import { bestSimilarity, type SegmentRule, STRONG_MATCH } from './similarity.ts';
import type { PreparedTarget } from './target.ts';

// Weighted signals, each in [0, 1]. The name dominates; role, words, neighbourhood and position only rank
// candidates that already carry the right name. Acceptance rules live in find.ts.

/** The least score an element needs to be accepted (find.ts); a correction's element on a step that acts too. */
export const THRESHOLD = 0.6;

export const WEIGHTS = { name: 0.65, role: 0.15, words: 0.1, context: 0.05, position: 0.05 } as const;

export interface Scored {
  candidate: ScanCandidate;
  score: number;
  name: number;
  /** The text that matched best, for diagnostics ('' when the name could not match: see PageScan.plainLabel). */
  label: string;
}

/** The parts of a name that may follow the caption without changing what it names. */
function harmlessParts(scan: PageScan, target: PreparedTarget): SegmentRule {
  const company = companyFromHeader(scan);
  const companyName = company ? normalize(company.name) : null;
  return {
    harmless: (part) =>
      /^[\d\s]*$/.test(part.normalized) ||
      part.normalized === companyName ||
      target.captions.some((caption) => caption.normalized === part.normalized),
  };
}

function couldMatch(cheap: ReadonlySet<string>, joined: string, target: PreparedTarget): boolean {
  for (const caption of target.captions) {
    if (joined.includes(caption.squashed)) return true;
    let all = true;
    for (const word of caption.content) {
      if (!cheap.has(word)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * Tells whether a candidate's name may match one of the target's captions (kept per scan and target). A strong match needs every meaningful word
 * of a caption (or the caption written joined): a candidate whose cheap texts lack them is skipped before the
 * costly accessible name. Weaker matches never change the answer: they stay below THRESHOLD − MARGIN.
 */
export function nameFilter(scan: PageScan, target: PreparedTarget): (c: ScanCandidate) => boolean {
  const filters = scan.memo(
    'name-filters',
    () => new WeakMap<PreparedTarget, (c: ScanCandidate) => boolean>(),
  );
  let filter = filters.get(target);
  if (!filter) {
    // Many candidates carry the same texts (« Modifier » on every row): decided once per text and target.
    const byText = new Map<string, boolean>();
    filter = (c) => {
      const folded = scan.cheapFolded(c);
      let possible = byText.get(folded);
      if (possible === undefined) {
        const cheap = new Set(folded.split(' ').filter(Boolean));
        possible =
          couldMatch(cheap, folded.replaceAll(' ', ''), target) ||
          (FIELD_ROLES.has(c.role) && target.meaning?.mayMatch(folded) === true);
        byText.set(folded, possible);
      }
      return possible;
    };
    filters.set(target, filter);
  }
  return filter;
}

/** The score of a candidate of one of the target's roles whose name cannot match (see nameCouldMatch). */
export function roleScore(c: ScanCandidate, target: PreparedTarget): number {
  return WEIGHTS.role * (target.roles.indexOf(c.role) === 0 ? 1 : 0.7);
}

function nameScore(
  scan: PageScan,
  c: ScanCandidate,
  target: PreparedTarget,
): { value: number; label: string } {
  if (!nameFilter(scan, target)(c)) {
    // The label of a candidate that cannot match is read only if it ends up in the diagnostics (find.ts).
    return { value: 0, label: '' };
  }
  const names = scan.names(c);
  const label = names[0]?.normalized ?? '';
  // A field whose name or a label names the target by meaning is the target, however it is worded; otherwise the
  // captions decide, as strictly as for any element.
  const meaning = target.meaning;
  if (meaning && FIELD_ROLES.has(c.role)) {
    const meant = (text: PreparedText) => meaning.ofLabel(text.normalized);
    if (names.some(meant) || scan.labels(c).some(meant)) return { value: 1, label };
  }
  const rules = { segments: harmlessParts(scan, target), vocabulary: target.captionWords };
  const byName = bestSimilarity(names, target.captions, rules);
  const byLabel = FIELD_ROLES.has(c.role) ? bestSimilarity(scan.labels(c), target.captions, rules) : 0;
  return { value: Math.max(byName, byLabel), label };
}

export function scoreCandidate(scan: PageScan, c: ScanCandidate, target: PreparedTarget): Scored | null {
  const roleIndex = target.roles.indexOf(c.role);
  if (roleIndex < 0) return null;
  const name = nameScore(scan, c, target);
  let score = WEIGHTS.name * name.value + roleScore(c, target);
  // The other signals are worth computing only for a candidate that could be accepted.
  if (name.value >= STRONG_MATCH) {
    const words = scan.words(c);
    let hits = 0;
    for (const w of target.words) if (words.has(w)) hits++;
    score += WEIGHTS.words * Math.min(1, hits / 2);
    if (target.context.length > 0) {
      const context = scan.context(c);
      if (target.context.some((phrase) => containsPhrase(context, phrase))) score += WEIGHTS.context;
    }
    if (target.position) {
      const position = scan.position(c);
      if (position && position.rank === target.position.index) {
        const inNamedList = target.position.containerWords.some((w) => position.containerWords.has(w));
        score += WEIGHTS.position * (inNamedList ? 1 : 0.5);
      }
    }
  }
  return { candidate: c, score, name: name.value, label: name.label };
}
