import type { CompanyRef, Locale } from '../shared/state.ts';
import { TextIndex } from './dom/text-index.ts';
import { hasNumberCells } from './number-cells.ts';
import type { PageReading } from './page-reading.ts';
import { LOGOUT_PHRASES, PAGE_PHRASES, type PagePhrases } from './procedure/page-phrases.ts';
import type { PageSpec, Structure } from './procedure/schema.ts';
import { normalize, tokens } from './text.ts';

// What a page shows for each page of the procedure, without looking for any step's target: its headings, texts,
// structure and URL. recognize.ts adds whether a step's target is found (the finder); the content script's gate
// (gate.ts) bounds that term from above, so both score pages with this one module.

export const W = {
  heading: 1.5,
  headingPerWord: 0.5,
  headingMax: 4,
  phrase: 0.75,
  phraseMax: 3,
  exclude: -4,
  structure: 1.5,
  missingStructure: -1.5,
  excludeStructure: -3,
  target: 3,
  url: 1,
} as const;
/** The winning page needs this much evidence and this lead over the runner-up. */
export const MIN_SCORE = 3.5;
export const MIN_LEAD = 1;

export interface PageText {
  /** The texts of the page's elements, normalised: phrases are looked up in the visible ones. */
  texts: TextIndex;
  /** Visible titles and headings, normalised. */
  headings: string[];
  /** The headings separated by " | ", with a space at both ends: a phrase (no "|") is looked up once in them all. */
  headingText: string;
  /** textEvidence by page id, kept with the text it was read from: the gate scores every page, and the guide,
   *  going on from the gate's reading of the unchanged page, reuses the scores instead of scoring them again. */
  evidence: Map<string, number>;
}

/** What the page's structure shows. The number facts (a search of every cell) are read on first ask. */
export interface Facts {
  has(s: Structure): boolean;
  /** Whether has(s) is answered without reading more of the page. */
  known(s: Structure): boolean;
}

const NUMBER_FACTS = ['enterprise-numbers', 'niss-numbers'] as const;

/** Whether the page's visible text holds the (normalised) phrase as whole words. */
function pageSays(text: PageText, phrase: string): boolean {
  return text.texts.says(phrase);
}

/** What evidence scores of a page: all but its texts, whose normalised phrases it reads by the page's id. */
export type ScoredPage = Pick<PageSpec, 'id' | 'steps' | 'urlHints' | 'structure' | 'excludeStructure'>;

function phrasesOf(page: ScoredPage): PagePhrases {
  const phrases = PAGE_PHRASES[page.id];
  if (!phrases) throw new Error(`no page ${page.id} in the procedure`);
  return phrases;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'legend']);

/** The page's visible text and headings, read once per reading. */
export function pageText(reading: PageReading): PageText {
  return reading.memo('page-text', () => readText(reading));
}

function readText(reading: PageReading): PageText {
  const texts: string[] = [];
  const owners: Element[] = [];
  const headings: string[] = [normalize(reading.doc.title)];
  const isVisible = (element: Element) => reading.visibility.isVisible(element);
  // Large pages repeat their texts (« Modifier » on every row): each distinct text is normalised once.
  const normalized = new Map<string, string>();
  for (const { element, own, name, bare } of reading.elements()) {
    // Whether a text is visible is asked only where a phrase is found in it (TextIndex): headings are few.
    if (own !== '') {
      let text = normalized.get(own);
      if (text === undefined) {
        text = normalize(own);
        normalized.set(own, text);
      }
      texts.push(text);
      owners.push(element);
    }
    const isHeading = HEADING_TAGS.has(name) || (!bare && element.getAttribute('role') === 'heading');
    if (isHeading && isVisible(element)) headings.push(normalize(element.textContent ?? ''));
  }
  const shown = headings.filter(Boolean);
  return {
    texts: new TextIndex(texts, owners, isVisible),
    headings: shown,
    headingText: ` ${shown.join(' | ')} `,
    evidence: new Map(),
  };
}

/** Read once per reading and company (the gate's, then the guide's recognition over the same reading). */
export function readFacts(reading: PageReading, text: PageText, company: CompanyRef | null): Facts {
  return reading.memo(`facts|${company?.enterpriseNumber ?? ''}`, () => factsOf(reading, text, company));
}

function factsOf(reading: PageReading, text: PageText, company: CompanyRef | null): Facts {
  const structure = new Set<Structure>();
  let checkboxes = 0;
  for (const { element, name } of reading.elements()) {
    if (name !== 'input' || !reading.visibility.isVisible(element)) continue;
    // The portal's own search box is on every page: it says nothing about this one.
    if (element.closest('[role=search]')) continue;
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'password') structure.add('password-field');
    else if (type === 'email') structure.add('email-field');
    else if (type === 'tel') structure.add('tel-field');
    else if (type === 'checkbox') checkboxes++;
    else if (type === 'text' || type === 'number') structure.add('text-field');
  }
  if (checkboxes >= 4) structure.add('many-checkboxes');
  const loggedOut = LOGOUT_PHRASES.some((phrase) => pageSays(text, phrase));
  if (company || loggedOut) structure.add('logged-in-header');
  const numbers = new Map<Structure, boolean>();
  const isNumberFact = (s: Structure) => (NUMBER_FACTS as readonly Structure[]).includes(s);
  return {
    has(s) {
      if (!isNumberFact(s)) return structure.has(s);
      let found = numbers.get(s);
      if (found === undefined) {
        found = hasNumberCells(reading, s as (typeof NUMBER_FACTS)[number]);
        numbers.set(s, found);
      }
      return found;
    },
    known: (s) => !isNumberFact(s) || numbers.has(s),
  };
}

function headingScore(text: PageText, headings: readonly string[]): number {
  let best = 0;
  for (const phrase of headings) {
    if (!text.headingText.includes(` ${phrase} `)) continue;
    best = Math.max(best, W.heading + W.headingPerWord * phrase.split(' ').length);
  }
  return Math.min(best, W.headingMax);
}

function phraseCount(text: PageText, phrases: readonly string[]): number {
  return phrases.filter((phrase) => pageSays(text, phrase)).length;
}

export function urlMatches(page: ScoredPage, url: string): boolean {
  return page.urlHints.some((hint) => new RegExp(hint, 'i').test(url));
}

/** Recognition's score of a page: its evidence, plus the target term when one of its steps' target is there, and
 *  the URL hint. The gate bounds scores with the same rule (target counted as found, or not). */
export function withTargetAndUrl(
  page: ScoredPage,
  evidence: number,
  targetFound: boolean,
  url: string,
): number {
  const score = evidence + (targetFound ? W.target : 0);
  // The URL only confirms content: on its own it never reaches MIN_SCORE.
  return score > 0 && urlMatches(page, url) ? score + W.url : score;
}

/** The page's score from its headings and texts: pageEvidence without the structure. */
export function textEvidence(page: ScoredPage, text: PageText): number {
  let score = text.evidence.get(page.id);
  if (score === undefined) {
    score = scoreText(page, text);
    text.evidence.set(page.id, score);
  }
  return score;
}

function scoreText(page: ScoredPage, text: PageText): number {
  const { headings, phrases, excludes } = phrasesOf(page);
  let score = headingScore(text, headings);
  score += Math.min(W.phraseMax, W.phrase * phraseCount(text, phrases));
  if (phraseCount(text, excludes) > 0) score += W.exclude;
  return score;
}

/**
 * The structure's part of the page's score. With `ceiling`, a fact not yet read counts as it would at best (a
 * required one present, an excluding one absent), and nothing more of the page is read: the score's high bound.
 */
export function structureEvidence(page: ScoredPage, facts: Facts, ceiling = false): number {
  let score = 0;
  for (const s of page.structure) {
    if (ceiling && !facts.known(s)) score += W.structure;
    else score += facts.has(s) ? W.structure : W.missingStructure;
  }
  for (const s of page.excludeStructure ?? []) {
    if (ceiling && !facts.known(s)) continue;
    if (facts.has(s)) score += W.excludeStructure;
  }
  return score;
}

/** The page's score from its headings, texts and structure: all of recognition's evidence but the target and URL. */
export function pageEvidence(page: ScoredPage, text: PageText, facts: Facts): number {
  return textEvidence(page, text) + structureEvidence(page, facts);
}

const LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

/** Small words frequent in each language, to tell the page's language when it does not say. */
const LANGUAGE_WORDS: Record<Locale, Set<string>> = {
  fr: new Set('le la les des du et vous votre est une pour avec sur'.split(' ')),
  nl: new Set('de het een van en u uw is voor met op niet'.split(' ')),
  de: new Set('der die das und sie ihr ist ein eine fur mit auf nicht'.split(' ')),
  en: new Set('the and you your is a for with on not of'.split(' ')),
};

function asLocale(value: string | null | undefined): Locale | null {
  const short = (value ?? '').slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(short) ? (short as Locale) : null;
}

export function pageLanguage(doc: Document, url: string, text: PageText): Locale | null {
  const declared = asLocale(doc.documentElement.getAttribute('lang'));
  if (declared) return declared;
  const fromUrl = asLocale(/\/site_([a-z]{2})\//.exec(url)?.[1] ?? /[?&]lang=([a-z]{2})/.exec(url)?.[1]);
  if (fromUrl) return fromUrl;
  const words = tokens(text.texts.visibleText());
  const counts = LOCALES.map((locale) => ({
    locale,
    n: words.filter((w) => LANGUAGE_WORDS[locale].has(w)).length,
  })).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first && first.n >= 3 && first.n > (second?.n ?? 0) ? first.locale : null;
}
