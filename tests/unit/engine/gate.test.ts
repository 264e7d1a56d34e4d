// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeCtx } from '../../../replica/render/context.ts';
import { renderScreen, SCREENS, screenUrl } from '../../../replica/render/index.ts';
import { portalDocument } from '../../../replica/render/layout.ts';
import type { Variant } from '../../../replica/render/types.ts';
import { companyFromHeader } from '../../../src/engine/company.ts';
import { pageText, readFacts } from '../../../src/engine/evidence.ts';
import { PageScan } from '../../../src/engine/finder/scan.ts';
import { readGate, scoreBounds } from '../../../src/engine/gate.ts';
import { PageReading } from '../../../src/engine/page-reading.ts';
import { rankPages, recognizePage } from '../../../src/engine/recognize.ts';
import { buildPage, frameLoader, pageCaseArbitrary } from './robustness/generator.ts';
import { allReplicaPages, framedPage, label, parsePage, STATIC_VARIANTS } from './support/replica-pages.ts';

// The content script's gate (engine/gate.ts) decides whether the guide is loaded at all, so it must be sound: on
// every page where recognizePage recognises a step, it opens. It bounds each page's score from above; these tests
// check the bound against recognition's own scores on every replica screen and on perturbed pages, and that the
// gate does close on pages of the portal that are no step of the procedure.

const URLS = {
  own: (url: string) => url,
  unseen: () => 'https://www.socialsecurity.be/app999/xyz/page.do?id=42',
  misleading: () => 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm',
};

/** Every page's score from recognition (finder included) must stay within the gate's bounds for it. */
function expectBounded(doc: Document, url: string, name: string) {
  const scan = new PageScan(doc);
  const reading = new PageReading(doc);
  const text = pageText(reading);
  const facts = readFacts(reading, text, companyFromHeader(reading));
  for (const { page, score } of rankPages(scan, url, companyFromHeader(scan))) {
    const { low, high } = scoreBounds(page, text, facts, url);
    expect(score, `${name}: ${page.id}`).toBeLessThanOrEqual(high);
    expect(score, `${name}: ${page.id}`).toBeGreaterThanOrEqual(low);
  }
}

describe('the gate opens wherever recognition recognises a step', () => {
  const pages = [...allReplicaPages()];
  test.each(pages.map((page) => [label(page), page] as const))('%s', (name, page) => {
    for (const [kind, urlOf] of Object.entries(URLS)) {
      const url = urlOf(page.url);
      expectBounded(page.doc, url, `${name} (${kind} URL)`);
      const recognised = recognizePage(page.doc, url).stepId !== null;
      if (recognised)
        expect(readGate(new PageReading(page.doc), url).open, `${name} (${kind} URL)`).toBe(true);
    }
    page.release();
  });

  const framed = STATIC_VARIANTS.flatMap((v) =>
    SCREENS.filter((s) => s.accessManagement).map(
      (s) =>
        [
          `${s.id} ${v.lang}-${v.wording}-${v.markup} in a frame`,
          s,
          { ...v, timing: 'iframe' as const },
        ] as const,
    ),
  );
  test.each(framed)('%s', (name, screen, v) => {
    const page = framedPage(screen.id, v);
    const url = screenUrl(screen.id, v.lang);
    expectBounded(page.doc, url, name);
    expect(recognizePage(page.doc, url).stepId, name).not.toBeNull();
    expect(readGate(new PageReading(page.doc), url).open, name).toBe(true);
    page.release();
  });

  test('on 300 perturbed replica pages (the robustness generator, fixed seed)', { timeout: 240_000 }, () => {
    const loader = frameLoader(document);
    const cases = fc.sample(pageCaseArbitrary(), { seed: 6, numRuns: 300 });
    let recognised = 0;
    for (const c of cases) {
      const page = buildPage(c, loader);
      const url = URLS.unseen();
      expectBounded(page.doc, url, JSON.stringify(c).slice(0, 200));
      if (recognizePage(page.doc, url).stepId !== null) {
        recognised++;
        expect(readGate(new PageReading(page.doc), url).open, JSON.stringify(c).slice(0, 200)).toBe(true);
      }
    }
    // The sample must hold pages the guide works on, or the check above proves nothing.
    expect(recognised).toBeGreaterThan(100);
  });
});

/** A page of the portal's public site in the replica's shell that is no step: a news article. */
function newsPage(v: Variant): string {
  const ctx = makeCtx('employer-info', v, {});
  const main = `<h1>Dimona : nouvelles règles à partir du 1er janvier</h1><p>${'Les employeurs déclarent chaque entrée et sortie de service de leurs travailleurs. '.repeat(6)}</p><h2>En savoir plus</h2><ul><li><a href="#">Instructions administratives</a></li><li><a href="#">Glossaire</a></li></ul>`;
  return portalDocument(ctx, { title: 'Actualités', main }, '');
}

describe("the guide goes on from the gate's scores", () => {
  test("recognition over the gate's reading reuses its text scores and decides as a fresh one", () => {
    for (const id of ['am-users', 'home', 'login-choice'] as const) {
      const url = screenUrl(id, 'fr');
      const html = renderScreen(id, { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' });
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const reading = new PageReading(doc);
      expect(readGate(reading, url).open, id).toBe(true);
      const scores = pageText(reading).evidence;
      expect(scores.size, id).toBeGreaterThan(0);
      const fresh = recognizePage(doc, url);
      expect(recognizePage(doc, url, { scan: new PageScan(doc, reading) }), id).toEqual(fresh);
      // The scores are read, not recomputed: spoiled, they change the answer.
      for (const page of scores.keys()) scores.set(page, -10);
      expect(recognizePage(doc, url, { scan: new PageScan(doc, reading) }).stepId, id).toBeNull();
    }
  });
});

describe('the gate stays closed on pages of the procedure hosts that are no step', () => {
  const noStep = SCREENS.filter((s) => s.steps.length === 0);
  const cases = STATIC_VARIANTS.flatMap((v) => [
    ...noStep.map(
      (s) =>
        [
          `${s.id} ${v.lang}-${v.wording}-${v.markup}`,
          renderScreen(s.id, v),
          screenUrl(s.id, v.lang),
        ] as const,
    ),
    [
      `news ${v.lang}-${v.wording}-${v.markup}`,
      newsPage(v),
      'https://www.socialsecurity.be/site_fr/general/news/dimona.htm',
    ] as const,
  ]);
  test.each(cases)('%s', (name, html, url) => {
    const { doc, release } = parsePage(html);
    expect(recognizePage(doc, url).stepId, name).toBeNull();
    expect(readGate(new PageReading(doc), url).open, name).toBe(false);
    release();
  });
});
