// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { SAMPLE_DATA } from '../../../replica/render/sample.ts';
import { problemReport } from '../../../src/content/outline.ts';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { PageScan } from '../../../src/engine/finder/scan.ts';
import { type Fingerprint, makeFingerprint } from '../../../src/engine/fingerprint.ts';
import { recognizePage } from '../../../src/engine/recognize.ts';
import { LearnedSet } from '../../../src/shared/fingerprint-schema.ts';
import { PAGE_STEPS } from '../../../src/shared/steps.ts';
import { allReplicaPages, label } from '../engine/support/replica-pages.ts';

// What may leave the browser (the problem report, an export of corrections) holds no NISS, enterprise number or
// name of a person or company: on every replica screen and variant, a report for each step the page shows and a
// fingerprint of every element one can act on are scanned for 9+ digits in a row and the replica's names.

const NAMES = [
  SAMPLE_DATA.person.name,
  ...SAMPLE_DATA.companies.map((c) => c.name),
  ...SAMPLE_DATA.users.map((u) => u.name),
  SAMPLE_DATA.kbo.name,
  ...SAMPLE_DATA.kbo.representatives.map((r) => r.name),
];
/** Every word of those names but the legal forms (SRL, SA: also ordinary captions' letters). */
const NAME_WORDS = [...new Set(NAMES.flatMap((n) => n.split(/[\s,]+/)))].filter((w) => w.length > 3);
const FORBIDDEN = new RegExp(`\\d{9,}|\\b(?:${NAME_WORDS.join('|')})\\b`, 'i');

describe('nothing personal leaves the browser', () => {
  test('reports and exported corrections on every replica screen and variant', () => {
    let pages = 0;
    let pagesWithNames = 0;
    let fingerprints = 0;
    for (const page of allReplicaPages()) {
      try {
        pages++;
        const raw = page.doc.body.textContent ?? '';
        if (FORBIDDEN.test(raw.replace(/(\d)[.\s-](?=\d)/g, '$1'))) pagesWithNames++;
        const scan = new PageScan(page.doc);
        const recognised = recognizePage(page.doc, page.url, { scan }).steps;
        const steps = recognised.length > 0 ? recognised : PAGE_STEPS.slice(0, 1);
        const learned: Fingerprint[] = [];
        for (const stepId of steps) {
          const found = findTarget(page.doc, stepId, { scan });
          const report = problemReport({ doc: page.doc, url: `${page.url}?niss=65031512337`, stepId, found });
          expect(report.match(FORBIDDEN)?.[0], `${label(page)} report for ${stepId}`).toBeUndefined();
          for (const candidate of scan.actionable()) {
            const fp = makeFingerprint(candidate.element, stepId, scan);
            if (fp) learned.push(fp);
          }
        }
        fingerprints += learned.length;
        const exported = JSON.stringify(LearnedSet.parse({ version: 1, fingerprints: learned }), null, 2);
        const bad = learned.find((fp) => FORBIDDEN.test(JSON.stringify(fp)));
        expect(bad ? JSON.stringify(bad) : undefined, `${label(page)} export`).toBeUndefined();
        expect(exported.match(FORBIDDEN)?.[0], `${label(page)} export`).toBeUndefined();
      } finally {
        page.release();
      }
    }
    // The scan means something: the pages do show the names and numbers that must not come out.
    expect(pages).toBeGreaterThan(20);
    expect(pagesWithNames).toBeGreaterThan(pages / 4);
    expect(fingerprints).toBeGreaterThan(pages * 5);
  }, 120_000);
});
