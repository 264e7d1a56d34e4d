import { screenUrl } from '../replica/render/index.ts';
import { findTarget } from '../src/engine/finder/find.ts';
import { stepActs } from '../src/engine/finder/learned.ts';
import { findRights } from '../src/engine/finder/rights.ts';
import { makeFingerprint } from '../src/engine/fingerprint.ts';
import { recognizePage } from '../src/engine/recognize.ts';
import { RIGHT_IDS } from '../src/shared/profile.ts';
import {
  buildPage,
  countAnswer,
  describeCase,
  emptyTally,
  frameLoader,
  type PageCase,
  type Tally,
} from '../tests/unit/engine/robustness/generator.ts';
import {
  HIDING_SHEET,
  judgeRights,
  type RightsPageCase,
  type RightsTally,
  rightsPageHtml,
} from '../tests/unit/engine/robustness/rights-page.ts';

// Bundled into a page of the real browsers (tests/e2e/robustness.e2e.ts, and the benchmark): the engine's
// perturbation suites run with real layout, so that hidden decoys are hidden the way a browser hides them, instead
// of jsdom, which lays nothing out.

const loader = frameLoader(document);

function runCases(cases: PageCase[]): Tally {
  const tally = emptyTally();
  for (const c of cases) {
    const page = buildPage(c, loader);
    const result = findTarget(page.doc, page.step);
    countAnswer(tally, c, page, result.status === 'found' ? result.element : null);
  }
  return tally;
}

/** Rights pages: which right each box was written for is read, then the marks are removed before the finder runs. */
function runRightsCases(cases: RightsPageCase[]): RightsTally {
  const tally: RightsTally = { asked: 0, found: 0, wrong: [] };
  for (const p of cases) {
    const doc = loader.load(
      `<html><head><style>${HIDING_SHEET}</style></head><body>${rightsPageHtml(p)}</body></html>`,
    );
    const written = new Map<Element, string>();
    for (const box of doc.querySelectorAll('[data-right]')) {
      written.set(box, box.getAttribute('data-right') ?? '');
      box.removeAttribute('data-right');
    }
    judgeRights(tally, p, findRights(doc, p.asked), (box) => written.get(box));
  }
  return tally;
}

/** What a poisoned correction changes: one learned from another control of the same page (a decoy, a search box,
 *  a link of the menu) for the page's step. Where the rules alone found the target, the answer must not change;
 *  on a step that fills or ticks, the correction must never yield anything but the target, even when the target
 *  was removed. Pointing steps whose rules found nothing may follow a correction: that is what corrections are for. */
export interface PoisonTally {
  judged: number;
  kept: number;
  wrongCases: string[];
}

const CONTROLS =
  'a[href], button, input, select, textarea, [role="button"], [role="link"], [role="menuitem"]';

function runPoisoned(cases: PageCase[]): PoisonTally {
  const tally: PoisonTally = { judged: 0, kept: 0, wrongCases: [] };
  for (const c of cases) {
    const page = buildPage(c, loader);
    const rules = findTarget(page.doc, page.step);
    const rulesFound = rules.status === 'found' && rules.element === page.expected;
    const acts = stepActs(page.step);
    if (!rulesFound && !acts) continue;
    const others = [...page.doc.querySelectorAll(CONTROLS)].filter(
      (el) => el !== page.expected && !page.expected?.contains(el) && !el.contains(page.expected),
    );
    const decoy = others[c.seed % Math.max(1, others.length)];
    const poisoned = decoy ? makeFingerprint(decoy, page.step) : null;
    if (!poisoned) continue;
    tally.judged++;
    const after = findTarget(page.doc, page.step, { learned: [poisoned] });
    const answer = after.status === 'found' ? after.element : null;
    if (answer === page.expected || (answer === null && !rulesFound)) tally.kept++;
    else
      tally.wrongCases.push(
        `${describeCase(c)}: correction « ${poisoned.name} » (${poisoned.role}) → ${answer ? answer.localName : 'nothing'}`,
      );
  }
  return tally;
}

/** Where an element is in its document (its index in document order), the same in every browser for the same page. */
function at(doc: Document, element: Element | null | undefined): string {
  return element ? String([...doc.getElementsByTagName('*')].indexOf(element)) : '-';
}

/** Every decision the engine takes on each page, as text: the page recognised and its steps, the target of each
 *  recognised step and of the case's own step (or nothing), the boxes it would tick for the default profile and the
 *  look-alikes it would flag. Two browsers given the same cases must return the same lines
 *  (tests/e2e/differential.e2e.ts). */
function decide(cases: PageCase[]): string[] {
  return cases.map((c) => {
    const page = buildPage(c, loader);
    const { doc } = page;
    const recognition = recognizePage(doc, screenUrl(c.screen, c.variant.lang));
    const targets = [...new Set([c.step, ...recognition.steps])].map((step) => {
      const result = findTarget(doc, step);
      return `${step}→${result.status === 'found' ? at(doc, result.element) : result.status}`;
    });
    const rights = findRights(doc, RIGHT_IDS);
    const boxes = RIGHT_IDS.map((right) => `${right}→${at(doc, rights.boxes[right])}`);
    const flagged = rights.wrongTicked.map((box) => at(doc, box));
    return [
      describeCase(c),
      `page ${recognition.pageId ?? 'none'} [${recognition.steps.join(' ')}] ${recognition.lang ?? '-'}`,
      targets.join(' '),
      boxes.join(' '),
      `flagged [${flagged.join(' ')}]`,
    ].join(' | ');
  });
}

(globalThis as unknown as { onssRobustness: object }).onssRobustness = {
  decide,
  runCases,
  runRightsCases,
  runPoisoned,
};
