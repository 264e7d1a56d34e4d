import { findTarget } from '../src/engine/finder/find.ts';
import {
  buildPage,
  countAnswer,
  emptyTally,
  frameLoader,
  type PageCase,
  type Tally,
} from '../tests/unit/engine/robustness/generator.ts';

// Bundled into the robustness benchmark's page: the engine's perturbation suite, run in real Chromium (real layout,
// so hidden decoys are hidden the way a browser hides them) instead of jsdom.

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

(globalThis as unknown as { onssRobustness: { runCases: typeof runCases } }).onssRobustness = { runCases };
