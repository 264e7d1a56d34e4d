import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PageCase, Tally } from '../tests/unit/engine/robustness/generator.ts';
import { loadGenerator } from './engine-suite.ts';
import { round } from './figure.ts';
import { bundleEntry, openEnginePage } from './in-page.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// The engine's perturbation suite (tests/unit/engine/robustness), run on its generated cases in real Chromium.

const PAGES = Number(process.env.BENCH_ROBUSTNESS_PAGES ?? 1000);
/** Fresh every run, so that the benchmark meets pages `npm test` (a fixed seed) never judged; printed with the figures.
 *  BENCH_ROBUSTNESS_SEED replays a run. */
const SEED = Number(process.env.BENCH_ROBUSTNESS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CHUNK = 100;

const planned: PlannedFigure[] = [
  {
    key: 'robustness.pages',
    unit: 'pages',
    target: { op: '>=', value: 1000 },
    method: `Perturbed replica pages judged: the engine's own case generator (pageCaseArbitrary, a fresh seed each run, printed with the figures) builds each page (renamed/removed ids and classes, wrappers, reordering, case, accents, spaces, the other language, visible and hidden decoys, about one page in six without its target) inside a Chromium page, and findTarget runs on it there.`,
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
];

type Runner = { onssRobustness: { runCases: (cases: PageCase[]) => Tally } };

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
    const cases = fc.sample(pageCaseArbitrary(), { seed: SEED, numRuns: PAGES });
    const bundle = await bundleEntry('bench/robustness-entry.ts', env.root);
    const { browser, page, version } = await openEnginePage(bundle, env.tmp);
    env.chromiumVersion ??= version;
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
        const ofLang = cases.filter((c) => c.variant.lang === lang);
        const sum = zero();
        for (let i = 0; i < ofLang.length; i += CHUNK) {
          const chunk = ofLang.slice(i, i + CHUNK);
          const t = await page.evaluate(
            (c) => (globalThis as unknown as Runner).onssRobustness.runCases(c),
            chunk,
          );
          for (const key of Object.keys(total) as (keyof Totals)[]) {
            total[key] += t[key];
            sum[key] += t[key];
          }
          wrong.push(...t.wrongCases);
          missed.push(...t.missedCases);
        }
        byLang.set(lang, sum);
      }
      const perLanguage = Object.fromEntries(
        [...byLang].map(([lang, t]) => [
          lang,
          `${t.present + t.removed} pages, precision ${round(t.correct + t.wrong === 0 ? 1 : t.correct / (t.correct + t.wrong), 4)}, recall ${round(t.present === 0 ? 1 : t.correct / t.present, 4)}`,
        ]),
      );
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
      ];
    } finally {
      await browser.close();
    }
  },
};
