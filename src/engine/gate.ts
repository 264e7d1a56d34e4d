import type { CompanyRef, Locale } from '../shared/state.ts';
import {
  type Facts,
  MIN_SCORE,
  type PageText,
  pageEvidence,
  pageLanguage,
  pageText,
  readFacts,
  urlMatches,
  W,
} from './evidence.ts';
import { PageReading } from './page-reading.ts';
import { PAGES } from './procedure/pages.ts';
import type { PageSpec } from './procedure/schema.ts';

// Could recognizePage (recognize.ts) recognise a step on this page? Answered without the finder, from an upper
// bound of each page's score: recognition adds to the same evidence (evidence.ts) the target term, which the
// bound counts as if a target were found, and the URL bonus, which the bound counts whenever a hint matches. No
// page's bound reaching MIN_SCORE means no page's score can: the guide would stay silent, so it need not load.

export interface GateReading {
  /** Some page of the procedure could be recognised here: the guide may have work to do. */
  open: boolean;
  lang: Locale | null;
  company: CompanyRef | null;
}

/** The highest score recognizePage can give `page` with this text and these facts. */
export function scoreBound(page: PageSpec, text: PageText, facts: Facts, url: string): number {
  const target = page.steps.length > 0 ? W.target : 0;
  return pageEvidence(page, text, facts) + target + (urlMatches(page, url) ? W.url : 0);
}

export function readGate(doc: Document, url: string): GateReading {
  const reading = new PageReading(doc);
  const text = pageText(reading);
  const company = reading.company();
  const facts = readFacts(reading, text, company);
  return {
    open: PAGES.some((page) => scoreBound(page, text, facts, url) >= MIN_SCORE),
    lang: pageLanguage(doc, url, text.all),
    company,
  };
}
