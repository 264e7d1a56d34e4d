import { findTarget } from '../src/engine/finder/find.ts';
import {
  buildPage,
  describeCase,
  frameLoader,
  type PageCase,
} from '../tests/unit/engine/robustness/generator.ts';

// Bundled into the robustness benchmark's page: the engine's perturbation suite, run in real Chromium (real layout,
// so hidden decoys are hidden the way a browser hides them) instead of jsdom.

export interface RobustnessTally {
  present: number;
  removed: number;
  correct: number;
  wrong: number;
  missed: number;
  abstained: number;
  wrongCases: string[];
  missedCases: string[];
}

const loader = frameLoader(document);

function runCases(cases: PageCase[]): RobustnessTally {
  const tally: RobustnessTally = {
    present: 0,
    removed: 0,
    correct: 0,
    wrong: 0,
    missed: 0,
    abstained: 0,
    wrongCases: [],
    missedCases: [],
  };
  for (const c of cases) {
    const page = buildPage(c, loader);
    const result = findTarget(page.doc, page.step);
    const found = result.status === 'found' ? result.element : null;
    if (page.expected) {
      tally.present++;
      if (found === page.expected) tally.correct++;
      else if (found) {
        tally.wrong++;
        tally.wrongCases.push(describeCase(c));
      } else {
        tally.missed++;
        tally.missedCases.push(describeCase(c));
      }
    } else {
      tally.removed++;
      if (found) {
        tally.wrong++;
        tally.wrongCases.push(describeCase(c));
      } else tally.abstained++;
    }
  }
  return tally;
}

(globalThis as unknown as { onssRobustness: { runCases: typeof runCases } }).onssRobustness = { runCases };
