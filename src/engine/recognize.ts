import type { CompanyRef, Locale } from '../shared/state.ts';
import type { StepId } from '../shared/steps.ts';
import { companyFromHeader } from './company.ts';
import {
  MIN_LEAD,
  MIN_SCORE,
  pageEvidence,
  pageLanguage,
  pageText,
  readFacts,
  type ScoredPage,
  structureEvidence,
  textEvidence,
  withTargetAndUrl,
} from './evidence.ts';
import { findTarget } from './finder/find.ts';
import { PageScan } from './finder/scan.ts';
import { STRUCTURED_PAGES } from './procedure/page-structure.ts';

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

function targetFound(page: ScoredPage, scan: PageScan): boolean {
  return page.steps.some((step) => findTarget(scan.doc, step, { scan }).status === 'found');
}

/** Every known page with its score, best first (diagnostics: why a page was or was not recognised). */
export function rankPages(scan: PageScan, url: string, company: CompanyRef | null = null): RankedPage[] {
  const text = pageText(scan);
  const facts = readFacts(scan, text, company);
  return STRUCTURED_PAGES.map((page) => ({
    page,
    score: withTargetAndUrl(page, pageEvidence(page, text, facts), targetFound(page, scan), url),
  })).sort((a, b) => b.score - a.score);
}

/** The lead over the runner-up at which confidence stops growing. */
const FULL_LEAD = 3;

/**
 * The best page of rankPages and its lead, with the finder run only where it can change them: the evidence is
 * cheap, the target term is not. Pages are scored in order of their highest possible score (as if a target were
 * found); the rest are left once the next one cannot change the outcome: it cannot pass the runner-up, or it
 * stays FULL_LEAD or more behind the best, or neither it nor the best can reach MIN_SCORE. The lead is then
 * counted from the highest score a page left could have: exact whenever it is below FULL_LEAD.
 */
function leader(
  scan: PageScan,
  url: string,
  company: CompanyRef | null,
): { best?: RankedPage; lead: number } {
  const text = pageText(scan);
  const facts = readFacts(scan, text, company);
  // The bounds count the facts not yet read at best: a page is scored exactly (its facts read) only when reached.
  const bounded = STRUCTURED_PAGES.map((page) => {
    const fromText = textEvidence(page, text);
    const ceiling = fromText + structureEvidence(page, facts, true);
    return { page, fromText, bound: withTargetAndUrl(page, ceiling, page.steps.length > 0, url) };
  }).sort((a, b) => b.bound - a.bound);
  let best: RankedPage | undefined;
  let second = Number.NEGATIVE_INFINITY;
  for (const { page, fromText, bound } of bounded) {
    if (
      best &&
      (bound <= second || bound <= best.score - FULL_LEAD || (bound < MIN_SCORE && best.score < MIN_SCORE))
    ) {
      second = Math.max(second, bound);
      break;
    }
    const evidence = fromText + structureEvidence(page, facts);
    const score = withTargetAndUrl(page, evidence, targetFound(page, scan), url);
    // Equal scores mean no lead: not recognised, whichever ranks first.
    if (!best || score > best.score) {
      if (best) second = best.score;
      best = { page, score };
    } else second = Math.max(second, score);
  }
  if (!best) return { lead: 0 };
  return { best, lead: best.score - (second === Number.NEGATIVE_INFINITY ? 0 : second) };
}

export interface RankedPage {
  page: ScoredPage;
  score: number;
}

export function recognizePage(doc: Document, url: string, options: { scan?: PageScan } = {}): Recognition {
  const scan = options.scan ?? new PageScan(doc);
  const company = companyFromHeader(scan);
  const { best, lead } = leader(scan, url, company);
  const sure = best !== undefined && best.score >= MIN_SCORE && lead >= MIN_LEAD;
  const confidence = sure ? Math.min(1, best.score / 8) * Math.min(1, lead / FULL_LEAD) : 0;
  const steps = sure ? best.page.steps : [];
  return {
    stepId: steps[0] ?? null,
    confidence: Math.round(confidence * 100) / 100,
    lang: pageLanguage(doc, url, pageText(scan)),
    ...(company ? { company } : {}),
    pageId: sure ? best.page.id : null,
    steps,
  };
}
