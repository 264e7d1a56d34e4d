import { contentTokens, NEGATORS, normalize } from '../text.ts';

// How well a text on the page matches a known caption, in [0, 1]. Deliberately strict: only the whole caption,
// or the caption plus one or two extra words, counts as a strong match (≥ STRONG_MATCH). Partial overlaps score
// at most 0.5, so on their own they can never make the finder point at an element.

export const STRONG_MATCH = 0.75;
/** A caption found as one delimited part of a longer text (see SegmentRule). */
const SEGMENT_MATCH = 0.9;

export interface PreparedText {
  normalized: string;
  /** Without spaces: Dutch and German compounds are written joined or apart (« onlinediensten »). */
  squashed: string;
  /** Meaningful words (small words dropped). */
  content: Set<string>;
  /** The parts of the text between dashes, brackets, colons and commas, when there are several. */
  segments: PreparedText[];
}

export type PreparedCaption = Omit<PreparedText, 'segments'> & { text: string };

export const SEGMENT_BREAK = /\s[—–-]\s|[()[\]:|,;/·•]/;

function prepareWhole(text: string): Omit<PreparedText, 'segments'> {
  const normalized = normalize(text);
  const content = contentTokens(text);
  return {
    normalized,
    squashed: normalized.replaceAll(' ', ''),
    content: new Set(content.length > 0 ? content : normalized.split(' ').filter(Boolean)),
  };
}

export function prepareText(text: string): PreparedText {
  const parts = text.split(SEGMENT_BREAK).filter((part) => normalize(part) !== '');
  const segments = parts.length > 1 ? parts.map((part) => ({ ...prepareWhole(part), segments: [] })) : [];
  return { ...prepareWhole(text), segments };
}

export function prepareCaption(text: string): PreparedCaption {
  return { ...prepareWhole(text), text };
}

function countIn(tokens: Set<string>, within: Set<string>): number {
  let n = 0;
  for (const t of tokens) if (within.has(t)) n++;
  return n;
}

export interface MatchRules {
  segments?: SegmentRule;
  /**
   * Words the text may add to a caption: only words of the element's own captions (« Gestion des accès (UMOE) »
   * when « UMOE » is in another caption) and numbers. Absent: no extra word at all. « Numéro NISS Imprimer » is
   * not « Numéro NISS ».
   */
  vocabulary?: ReadonlySet<string>;
}

function wholeSimilarity(
  text: Omit<PreparedText, 'segments'>,
  caption: PreparedCaption,
  rules: MatchRules,
): number {
  if (text.normalized === '') return 0;
  if (text.normalized === caption.normalized) return 1;
  if (text.squashed === caption.squashed) return 0.95;
  const shared = countIn(caption.content, text.content);
  if (shared === 0) return 0;
  const capSize = caption.content.size;
  const textSize = text.content.size;
  if (shared === capSize) {
    // Every meaningful word of the caption is there; the text may add a few known ones, never a negation.
    let extra = 0;
    let foreign = false;
    for (const t of text.content) {
      if (caption.content.has(t)) continue;
      if (NEGATORS.has(t)) return 0;
      extra++;
      if (!/^\d+$/.test(t) && !rules.vocabulary?.has(t)) foreign = true;
    }
    if (extra === 0) return 0.95;
    if (extra <= 2 && !foreign) return 0.95 - 0.1 * extra;
  }
  return (0.5 * (2 * shared)) / (capSize + textSize);
}

export type SegmentRule =
  /** Any delimited part may carry the caption (« Connecté : Marie (Gestionnaire d'accès) »). */
  | { any: true }
  /**
   * Only the first part, and only when every other part is harmless (the company's name, a number, another caption
   * of the same element): « Gestionnaire d'accès — ACME SA » yes, « Numéro d'entreprise (BCE) du mandataire » no.
   */
  | { harmless: (part: Omit<PreparedText, 'segments'>) => boolean };

export function similarity(text: PreparedText, caption: PreparedCaption, rules: MatchRules = {}): number {
  const whole = wholeSimilarity(text, caption, rules);
  const segments = rules.segments;
  if (!segments || whole >= SEGMENT_MATCH || text.segments.length === 0) return whole;
  const exact = (part: Omit<PreparedText, 'segments'>) => wholeSimilarity(part, caption, {}) >= 0.95;
  if ('any' in segments) return text.segments.some(exact) ? SEGMENT_MATCH : whole;
  const [first, ...rest] = text.segments;
  if (!first || !exact(first)) return whole;
  return rest.every(segments.harmless) ? SEGMENT_MATCH : whole;
}

/** Best similarity of any of `texts` with any of `captions`. */
export function bestSimilarity(
  texts: readonly PreparedText[],
  captions: readonly PreparedCaption[],
  rules: MatchRules = {},
): number {
  let best = 0;
  for (const text of texts) {
    for (const caption of captions) {
      const s = similarity(text, caption, rules);
      if (s > best) {
        best = s;
        if (best === 1) return 1;
      }
    }
  }
  return best;
}
