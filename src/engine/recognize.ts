import type { CompanyRef, Locale } from '../shared/state.ts';
import {
  type Facts,
  MIN_LEAD,
  MIN_SCORE,
  type PageText,
  pageEvidence,
  pageLanguage,
  pageText,
  readFacts,
  urlMatches,
  W,
} from './evidence.ts';
import { findTarget } from './finder/find.ts';
import { PageScan } from './finder/scan.ts';
import { PROCEDURE } from './procedure/index.ts';
import type { PageSpec } from './procedure/schema.ts';
import type { StepId } from './steps.ts';

// Which step's page is this? Content first (headings, texts, structure, whether the step's target is there), the
// URL only as a small bonus: a real URL we never saw must not defeat the recognition, nor a known URL fake it.

export interface Recognition {
  stepId: StepId | null;
  /** 0..1: how sure, from the winning page's evidence and its lead over the runner-up. */
  confidence: number;
  lang: Locale | null;
  company?: CompanyRef;
  /** The page recognised (an id of procedure/captions.ts PAGE_TEXTS), null when unsure. */
  pageId: string | null;
  /** Every step the page serves, `stepId` first (e.g. the employer page serves register.start and connect.start). */
  steps: StepId[];
}

/** The page's evidence (evidence.ts), whether one of its steps' target is there, and the URL hint. */
function scorePage(page: PageSpec, scan: PageScan, text: PageText, facts: Facts, url: string): number {
  let score = pageEvidence(page, text, facts);
  if (page.steps.some((step) => findTarget(scan.doc, step, { scan }).status === 'found')) score += W.target;
  // The URL only confirms content: on its own it never reaches MIN_SCORE.
  if (score > 0 && urlMatches(page, url)) score += W.url;
  return score;
}

/** Every known page with its score, best first (diagnostics: why a page was or was not recognised). */
export function rankPages(scan: PageScan, url: string, company: CompanyRef | null = null): RankedPage[] {
  const text = pageText(scan);
  const facts = readFacts(scan, text, company);
  return PROCEDURE.pages
    .map((page) => ({ page, score: scorePage(page, scan, text, facts, url) }))
    .sort((a, b) => b.score - a.score);
}

export interface RankedPage {
  page: PageSpec;
  score: number;
}

export function recognizePage(doc: Document, url: string, options: { scan?: PageScan } = {}): Recognition {
  const scan = options.scan ?? new PageScan(doc);
  const company = scan.company();
  const ranked = rankPages(scan, url, company);
  const [best, second] = ranked;
  const lead = (best?.score ?? 0) - (second?.score ?? 0);
  const sure = best !== undefined && best.score >= MIN_SCORE && lead >= MIN_LEAD;
  const confidence = sure ? Math.min(1, best.score / 8) * Math.min(1, lead / 3) : 0;
  const steps = sure ? best.page.steps : [];
  return {
    stepId: steps[0] ?? null,
    confidence: Math.round(confidence * 100) / 100,
    lang: pageLanguage(doc, url, pageText(scan).all),
    ...(company ? { company } : {}),
    pageId: sure ? best.page.id : null,
    steps,
  };
}
