// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MIN_LEAD, MIN_SCORE } from '../../../src/engine/evidence.ts';
import { PageScan } from '../../../src/engine/finder/scan.ts';
import { rankPages, recognizePage } from '../../../src/engine/recognize.ts';
import { buildPage, frameLoader, pageCaseArbitrary } from './robustness/generator.ts';
import { allReplicaPages, label } from './support/replica-pages.ts';

// recognizePage runs the finder only for pages that can still change its answer. Its answer must be the one the
// full ranking (rankPages, every page's finder run) gives: same step, page and confidence.

function fromFullRanking(doc: Document, url: string) {
  const scan = new PageScan(doc);
  const [best, second] = rankPages(scan, url, scan.company());
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
