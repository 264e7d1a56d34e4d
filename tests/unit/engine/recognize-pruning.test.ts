// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { companyFromHeader } from '../../../src/engine/company.ts';
import {
  MIN_LEAD,
  MIN_SCORE,
  pageEvidence,
  pageText,
  readFacts,
  structureEvidence,
  textEvidence,
} from '../../../src/engine/evidence.ts';
import { PageScan } from '../../../src/engine/finder/scan.ts';
import { PROCEDURE } from '../../../src/engine/procedure/index.ts';
import { rankPages, recognizePage } from '../../../src/engine/recognize.ts';
import { buildPage, frameLoader, pageCaseArbitrary } from './robustness/generator.ts';
import { allReplicaPages, label } from './support/replica-pages.ts';

// recognizePage runs the finder only for pages that can still change its answer. Its answer must be the one the
// full ranking (rankPages, every page's finder run) gives: same step, page and confidence.

function fromFullRanking(doc: Document, url: string) {
  const scan = new PageScan(doc);
  const [best, second] = rankPages(scan, url, companyFromHeader(scan));
  const lead = (best?.score ?? 0) - (second?.score ?? 0);
  const sure = best !== undefined && best.score >= MIN_SCORE && lead >= MIN_LEAD;
  const confidence = sure ? Math.min(1, best.score / 8) * Math.min(1, lead / 3) : 0;
  return {
    stepId: sure ? (best.page.steps[0] ?? null) : null,
    pageId: sure ? best.page.id : null,
    confidence: Math.round(confidence * 100) / 100,
  };
}

function answer(doc: Document, url: string) {
  const { stepId, pageId, confidence } = recognizePage(doc, url);
  return { stepId, pageId, confidence };
}

const UNSEEN_URL = 'https://www.socialsecurity.be/app999/unseen/page.do';

describe('recognition scores only the pages that can change its answer', () => {
  test.each([...allReplicaPages()].map((page) => [label(page), page] as const))('%s', (_name, page) => {
    for (const url of [page.url, UNSEEN_URL]) {
      expect(answer(page.doc, url)).toEqual(fromFullRanking(page.doc, url));
    }
  });

  test('perturbed pages', { timeout: 120_000 }, () => {
    const loader = frameLoader(document);
    let recognised = 0;
    for (const c of fc.sample(pageCaseArbitrary(), { seed: 6, numRuns: 150 })) {
      const page = buildPage(c, loader);
      const expected = fromFullRanking(page.doc, UNSEEN_URL);
      expect(answer(page.doc, UNSEEN_URL)).toEqual(expected);
      if (expected.stepId) recognised++;
    }
    // Not a vacuous comparison: most of these pages are recognised.
    expect(recognised).toBeGreaterThan(75);
  });
});

describe('the number facts are read only where a score needs them', () => {
  const pages = [...allReplicaPages()];

  test('the ceiling reads nothing more and bounds the exact structure score', () => {
    for (const page of pages) {
      const scan = new PageScan(page.doc);
      const text = pageText(scan);
      const facts = readFacts(scan, text, companyFromHeader(scan));
      const ceilings = PROCEDURE.pages.map((p) => structureEvidence(p, facts, true));
      expect(facts.known('enterprise-numbers') || facts.known('niss-numbers')).toBe(false);
      PROCEDURE.pages.forEach((p, i) => {
        expect(structureEvidence(p, facts)).toBeLessThanOrEqual(ceilings[i] as number);
        expect(textEvidence(p, text) + structureEvidence(p, facts)).toBe(pageEvidence(p, text, facts));
      });
      expect(facts.known('enterprise-numbers') && facts.known('niss-numbers')).toBe(true);
    }
  });

  test('a list of users is recognised without searching it for enterprise numbers', () => {
    const page = pages.find((p) => p.screen.id === 'am-users');
    if (!page) throw new Error('no am-users page in the replica');
    const scan = new PageScan(page.doc);
    const memo = vi.spyOn(scan, 'memo');
    expect(recognizePage(page.doc, page.url, { scan }).pageId).toBe('am-users');
    const keys = memo.mock.calls.map(([key]) => key);
    expect(keys).toContain('number-cells:niss-numbers');
    expect(keys).not.toContain('number-cells:enterprise-numbers');
  });
});
