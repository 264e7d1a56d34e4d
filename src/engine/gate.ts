import type { CompanyRef, Locale } from '../shared/state.ts';
import { companyFromHeader } from './company.ts';
import {
  type Facts,
  MIN_LEAD,
  MIN_SCORE,
  type PageText,
  pageEvidence,
  pageLanguage,
  pageText,
  readFacts,
  type ScoredPage,
  withTargetAndUrl,
} from './evidence.ts';
import type { PageReading } from './page-reading.ts';
import { STRUCTURED_PAGES } from './procedure/page-structure.ts';

// Could recognizePage (recognize.ts) recognise a step on this page? Answered without the finder, from bounds of
// each page's score: recognition adds to the same evidence (evidence.ts) the target term (3 when one of the page's
// steps' target is found, else 0) and the URL bonus (when a hint matches and the score is positive). Both bounds
// use recognition's own rule (evidence.ts withTargetAndUrl): the high one counts the target as found (for a page
// with steps), the low one counts no target. A page is recognised only when its score reaches MIN_SCORE and leads
// every other page's by MIN_LEAD, so it must do so with its high bound over the others' low bounds. Where no page
// that serves a step can, the guide would find no step to guide (it would only note an unknown page, which the
// content script does itself): it need not load.

export interface GateReading {
  /** Some page of the procedure could be recognised here: the guide may have work to do. */
  open: boolean;
  lang: Locale | null;
  company: CompanyRef | null;
}

export interface ScoreBounds {
  /** recognizePage gives the page at least this score... */
  low: number;
  /** ...and at most this one. */
  high: number;
}

export function scoreBounds(page: ScoredPage, text: PageText, facts: Facts, url: string): ScoreBounds {
  const evidence = pageEvidence(page, text, facts);
  return {
    low: withTargetAndUrl(page, evidence, false, url),
    high: withTargetAndUrl(page, evidence, page.steps.length > 0, url),
  };
}

/** Whether some page that serves a step could reach MIN_SCORE with a lead of MIN_LEAD over every other page. */
function couldRecognise(bounds: readonly { page: ScoredPage; bounds: ScoreBounds }[]): boolean {
  return bounds.some(
    ({ page, bounds: { high } }) =>
      page.steps.length > 0 &&
      high >= MIN_SCORE &&
      bounds.every((other) => other.page === page || high - other.bounds.low >= MIN_LEAD),
  );
}

/** Reads through `reading`, which keeps what was read (the guide goes on from it: content/handoff.ts). */
export function readGate(reading: PageReading, url: string): GateReading {
  const text = pageText(reading);
  const company = companyFromHeader(reading);
  const facts = readFacts(reading, text, company);
  return {
    open: couldRecognise(
      STRUCTURED_PAGES.map((page) => ({ page, bounds: scoreBounds(page, text, facts, url) })),
    ),
    lang: pageLanguage(reading.doc, url, text),
    company,
  };
}
