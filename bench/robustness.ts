import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PageCase, Tally } from '../tests/unit/engine/robustness/generator.ts';
import {
  type RightsPageCase,
  type RightsTally,
  rightsPageArbitrary,
} from '../tests/unit/engine/robustness/rights-page.ts';
import { loadGenerator } from './engine-suite.ts';
import { round } from './figure.ts';
import { bundleEntry, openEnginePage } from './in-page.ts';
import type { PoisonTally } from './robustness-entry.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// The engine's perturbation suite (tests/unit/engine/robustness), run on its generated cases in real Chromium.

const PAGES = Number(process.env.BENCH_ROBUSTNESS_PAGES ?? 1000);
const RIGHTS_PAGES = Number(process.env.BENCH_ROBUSTNESS_RIGHTS_PAGES ?? 500);
/** Fresh every run, so that the benchmark meets pages `npm test` (a fixed seed) never judged; printed with the figures.
 *  BENCH_ROBUSTNESS_SEED replays a run. */
const SEED = Number(process.env.BENCH_ROBUSTNESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CHUNK = 100;

const planned: PlannedFigure[] = [
  {
    key: 'robustness.pages',
    unit: 'pages',
    target: { op: '>=', value: 1000 },
    method: `Perturbed replica pages judged: the engine's own case generator (pageCaseArbitrary, a fresh seed each run, printed with the figures) builds each page (renamed/removed ids and classes, wrappers, reordering, case, accents, spaces, the other language, visible decoys and decoys hidden by a style sheet, opacity, off-screen placement or clipping, about one page in six without its target) inside a Chromium page, and findTarget runs on it there.`,
  },
  {
    key: 'robustness.precision',
    unit: 'ratio',
    target: { op: '==', value: 1 },
    method:
      'Of the elements the finder returned on those pages, the share that were the true target (a returned element on a page whose target was removed counts as wrong).',
  },
  {
    key: 'robustness.recall',
    unit: 'ratio',
    target: { op: '>=', value: 0.98 },
    method: 'Of the pages that still had their target, the share on which the finder returned exactly it.',
  },
  {
    key: 'robustness.rightsPrecision',
    unit: 'ratio',
    target: { op: '==', value: 1 },
    method: `Generated rights pages (${RIGHTS_PAGES}, same seed: captions in four languages and six ways of labelling, look-alike rights, style-sheet-hidden copies of the boxes), findRights run in Chromium: of the boxes it would tick, the share that were the visible box written for an asked right (recall beside it).`,
  },
  {
    key: 'robustness.poisonedKept',
    unit: 'ratio',
    target: { op: '==', value: 1 },
    method:
      "The perturbed pages again, each with one stored correction learned from another control of the page (a decoy, a search box, a menu link): of the pages where the rules found the target or the step fills or ticks, the share where the answer stayed the rules' (or nothing).",
  },
];

type Runners = {
  runCases: (cases: PageCase[]) => Tally;
  runRightsCases: (cases: RightsPageCase[]) => RightsTally;
  runPoisoned: (cases: PageCase[]) => PoisonTally;
};
type Runner = { onssRobustness: Runners };
/** Plain data only: fast-check's records are not objects every browser's driver serialises. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The unit suite's last run in jsdom (.tmp/robustness.json), shown beside the Chromium figures when present. */
function jsdomRun(root: string): Record<string, string> {
  const file = join(root, '.tmp/robustness.json');
  if (!existsSync(file)) return {};
  const last = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number | string>;
  const num = (k: string) => (typeof last[k] === 'number' ? round(last[k] as number, 4) : '?');
  return {
    jsdomSuite: `precision ${num('precision')}, recall ${num('recall')} on ${last.pages} pages (seed ${last.seed}, ${last.at})`,
  };
}

export const robustness: Section = {
  name: `robustness on ${PAGES} perturbed pages`,
  planned,
  async measure(env) {
    const { pageCaseArbitrary } = await loadGenerator();
    // Real layout here, so the decoys hidden by layout (opacity, off-screen, clipped) are part of the pages.
    const cases = fc.sample(pageCaseArbitrary(true), { seed: SEED, numRuns: PAGES });
    const rightsCases = fc.sample(rightsPageArbitrary(true), { seed: SEED, numRuns: RIGHTS_PAGES });
    const bundle = await bundleEntry('bench/robustness-entry.ts', env.root);
    const { browser, page, version } = await openEnginePage(bundle, env.tmp);
    env.chromiumVersion ??= version;
    /** Runs one of the bundle's suites on `list`, a chunk per call, handing each chunk's tally to `each`. */
    const inChunks = async <K extends keyof Runners>(
      runner: K,
      list: Parameters<Runners[K]>[0],
      each: (tally: ReturnType<Runners[K]>) => void,
    ) => {
      for (let i = 0; i < list.length; i += CHUNK) {
        each(
          (await page.evaluate(
            ({ runner, chunk }) =>
              ((globalThis as unknown as Runner).onssRobustness[runner] as (c: unknown) => unknown)(chunk),
            { runner, chunk: plain(list.slice(i, i + CHUNK)) },
          )) as ReturnType<Runners[K]>,
        );
      }
    };
    try {
      type Totals = {
        present: number;
        removed: number;
        correct: number;
        wrong: number;
        missed: number;
        abstained: number;
      };
      const zero = (): Totals => ({ present: 0, removed: 0, correct: 0, wrong: 0, missed: 0, abstained: 0 });
      const total = zero();
      /** The same figures per language of the page (the replica's FR, NL, DE): run by language, summed above. */
      const byLang = new Map<string, Totals>();
      const wrong: string[] = [];
      const missed: string[] = [];
      for (const lang of [...new Set(cases.map((c) => c.variant.lang))]) {
        const sum = zero();
        await inChunks(
          'runCases',
          cases.filter((c) => c.variant.lang === lang),
          (t) => {
            for (const key of Object.keys(total) as (keyof Totals)[]) {
              total[key] += t[key];
              sum[key] += t[key];
            }
            wrong.push(...t.wrongCases);
            missed.push(...t.missedCases);
          },
        );
        byLang.set(lang, sum);
      }
      const perLanguage = Object.fromEntries(
        [...byLang].map(([lang, t]) => [
          lang,
          `${t.present + t.removed} pages, precision ${round(t.correct + t.wrong === 0 ? 1 : t.correct / (t.correct + t.wrong), 4)}, recall ${round(t.present === 0 ? 1 : t.correct / t.present, 4)}`,
        ]),
      );
      const rights: RightsTally = { asked: 0, found: 0, wrong: [] };
      const poison: PoisonTally = { judged: 0, kept: 0, wrongCases: [] };
      await inChunks('runRightsCases', rightsCases, (r) => {
        rights.asked += r.asked;
        rights.found += r.found;
        rights.wrong.push(...r.wrong);
      });
      await inChunks('runPoisoned', cases, (p) => {
        poison.judged += p.judged;
        poison.kept += p.kept;
        poison.wrongCases.push(...p.wrongCases);
      });
      const ticked = rights.found + rights.wrong.length;
      const answered = total.correct + total.wrong;
      const examples = (list: string[]) => (list.length ? list.slice(0, 3).join('; ') : 'none');
      return [
        measured(planned, 'robustness.pages', cases.length, {
          ...total,
          seed: SEED,
          ...perLanguage,
          ...jsdomRun(env.root),
        }),
        measured(planned, 'robustness.precision', round(answered === 0 ? 1 : total.correct / answered, 4), {
          wrongExamples: examples(wrong),
        }),
        measured(
          planned,
          'robustness.recall',
          round(total.present === 0 ? 1 : total.correct / total.present, 4),
          {
            missedExamples: examples(missed),
          },
        ),
        measured(planned, 'robustness.rightsPrecision', round(ticked === 0 ? 1 : rights.found / ticked, 4), {
          pages: rightsCases.length,
          asked: rights.asked,
          found: rights.found,
          recall: round(rights.asked === 0 ? 1 : rights.found / rights.asked, 4),
          wrongExamples: examples(rights.wrong),
        }),
        measured(
          planned,
          'robustness.poisonedKept',
          round(poison.judged === 0 ? 1 : poison.kept / poison.judged, 4),
          {
            judged: poison.judged,
            kept: poison.kept,
            wrongExamples: examples(poison.wrongCases),
          },
        ),
      ];
    } finally {
      await browser.close();
    }
  },
};
