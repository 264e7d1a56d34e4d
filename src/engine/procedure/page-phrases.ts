import { normalize } from '../text.ts';
import { allTexts } from './all-texts.ts';
import { COMPANY_HEADER_TEXTS, LOGOUT_TEXTS, PAGE_TEXTS } from './captions.ts';
import type { LocaleTexts } from './schema.ts';

// The captions that tell pages apart, as recognition compares them (evidence.ts, company.ts): normalised (text.ts),
// all languages together, each once. The built scripts carry these values, not the captions they come from:
// scripts/build.ts puts them, packed (phrase-pack.ts), in place of this file, so the gate (gate.js) carries no
// caption and normalises none on each page.

export interface PagePhrases {
  /** Titles and headings that name the page. */
  headings: readonly string[];
  /** Other texts the page shows. */
  phrases: readonly string[];
  /** Texts that rule the page out. */
  excludes: readonly string[];
}

function phrasesOf(texts: LocaleTexts | undefined): string[] {
  // An empty phrase would say nothing (evidence.ts skips them): none is kept.
  return [...new Set(allTexts(texts).map(normalize))].filter((phrase) => phrase !== '');
}

/** By page id (captions.ts PAGE_TEXTS). */
export const PAGE_PHRASES: Readonly<Record<string, PagePhrases>> = Object.fromEntries(
  Object.entries(PAGE_TEXTS).map(([id, texts]) => [
    id,
    {
      headings: phrasesOf(texts.headings),
      phrases: phrasesOf(texts.phrases),
      excludes: phrasesOf('excludes' in texts ? texts.excludes : undefined),
    },
  ]),
);

/** Links that log the person out (captions.ts LOGOUT_TEXTS). */
export const LOGOUT_PHRASES: readonly string[] = phrasesOf(LOGOUT_TEXTS);

/** Words that introduce the company in the logged-in header (captions.ts COMPANY_HEADER_TEXTS). */
export const COMPANY_HEADER_PHRASES: readonly string[] = phrasesOf(COMPANY_HEADER_TEXTS);
