import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PoisonTally } from '../../bench/robustness-entry.ts';
import { createReplica } from '../../replica/app.ts';
import { SCREENS } from '../../replica/render/index.ts';
import { BROWSERS, LOOKALIKE_HOST, useExtensionBrowsers } from '../harness/suite.ts';
import { type PageCase, pageCaseArbitrary, type Tally } from '../unit/engine/robustness/generator.ts';
import {
  type RightsPageCase,
  type RightsTally,
  rightsPageArbitrary,
} from '../unit/engine/robustness/rights-page.ts';
import { STATIC_VARIANTS } from '../unit/engine/support/replica-pages.ts';

// A share of the robustness suites in real Chromium and Firefox: real layout, so decoys hidden by a style sheet are
// met as a client's browser meets them, and checkVisibility() is what the finder asks. Generated portal pages
// (tests/unit/engine/robustness.test.ts), generated rights pages with hidden copies of their boxes, and poisoned
// stored corrections; and the differential check that both browsers take the same decisions. A fixed seed (printed); the benchmark runs the full count on a fresh one. The pages are built
// in a page of the look-alike host, where the extension does not run.

const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261205);
const PAGES = Number(process.env.ROBUSTNESS_BROWSER_PAGES ?? 150);
const RIGHTS_PAGES = 60;

const e2e = useExtensionBrowsers(createReplica({ companies: [] }));
let bundle = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: ['bench/robustness-entry.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    define: { __BUILD_TARGET__: JSON.stringify('chrome') },
    write: false,
    logLevel: 'warning',
  });
  bundle = result.outputFiles[0]?.text ?? '';
});

type Runners = {
  decide(cases: PageCase[]): string[];
  runCases(cases: PageCase[]): Tally;
  runRightsCases(cases: RightsPageCase[]): RightsTally;
  runPoisoned(cases: PageCase[]): PoisonTally;
};

/** Runs one of the bundle's suites on `cases` in a fresh page of the browser. */
async function run<K extends keyof Runners>(
  name: (typeof BROWSERS)[number],
  runner: K,
  cases: Parameters<Runners[K]>[0],
): Promise<ReturnType<Runners[K]>> {
  const page = await (await e2e.browser(name)).newPage();
  // The same window in both browsers (Firefox's pages open at 800×600), so that layout cannot differ by size.
  await page.setViewport(1280, 720);
  await page.goto(`https://${LOOKALIKE_HOST}/__replica/reset`);
  await page.evaluate((code) => {
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
  }, bundle);
  type Bundle = { onssRobustness: Record<string, (c: unknown) => unknown> };
  return (await page.evaluate(
    ({ runner, cases }) => (globalThis as unknown as Bundle).onssRobustness[runner]?.(cases),
    // Plain data only: fast-check's records are not objects every browser's driver serialises.
    { runner, cases: JSON.parse(JSON.stringify(cases)) },
  )) as ReturnType<Runners[K]>;
}

describe.each(BROWSERS)('%s: finder robustness on perturbed replica pages', (name) => {
  it(`judges ${PAGES} generated pages (seed ${SEED}), layout-hidden decoys included: never wrong`, async () => {
    console.info(`robustness in ${name}: seed ${SEED}, ${PAGES} pages (replay: ROBUSTNESS_SEED=${SEED})`);
    const cases: PageCase[] = fc.sample(pageCaseArbitrary(true), { seed: SEED, numRuns: PAGES });
    expect(cases.some((c) => c.perturbations.includes('layout-hidden-decoys'))).toBe(true);
    const tally = await run(name, 'runCases', cases);
    console.info(
      `robustness in ${name}:`,
      JSON.stringify({ ...tally, missedCases: tally.missedCases.length }),
    );
    expect(tally.present + tally.removed).toBe(PAGES);
    expect(tally.wrongCases, `wrong targets (seed ${SEED})`).toEqual([]);
    expect(
      tally.correct / tally.present,
      `recall (seed ${SEED}): ${tally.missedCases.join('; ')}`,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it(`ticks only the visible box written for each asked right on ${RIGHTS_PAGES} generated rights pages, with style-sheet-hidden copies`, async () => {
    const cases = fc.sample(rightsPageArbitrary(true), { seed: SEED, numRuns: RIGHTS_PAGES });
    expect(cases.some((c) => c.hidden.some((h) => h >= 0))).toBe(true);
    const tally = await run(name, 'runRightsCases', cases);
    console.info(`rights pages in ${name}: ${tally.found}/${tally.asked} found, ${tally.wrong.length} wrong`);
    expect(tally.wrong, `wrong boxes (seed ${SEED})`).toEqual([]);
    expect(tally.found / tally.asked).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps the rules' answer under a poisoned stored correction, and never fills or ticks what it names", async () => {
    const cases: PageCase[] = fc.sample(pageCaseArbitrary(true), { seed: SEED + 1, numRuns: PAGES });
    const tally = await run(name, 'runPoisoned', cases);
    console.info(`poisoned corrections in ${name}: ${tally.kept}/${tally.judged} kept`);
    expect(tally.judged).toBeGreaterThan(PAGES / 2);
    expect(tally.wrongCases, `seed ${SEED + 1}`).toEqual([]);
  });
});

// The same decision in both browsers: recognition, every target, the boxes to tick and the look-alikes to flag, on
// every replica screen in every static variant and on generated pages (layout-hidden decoys included).
describe.runIf(BROWSERS.includes('chromium') && BROWSERS.includes('firefox'))(
  'chromium and firefox: the same decisions on the same pages',
  () => {
    it('decides identically on every replica screen × variant and on generated pages', async () => {
      const replica: PageCase[] = STATIC_VARIANTS.flatMap((variant) =>
        SCREENS.flatMap((screen) =>
          screen.steps.slice(0, 1).map((step) => ({
            screen: screen.id,
            step,
            variant,
            perturbations: [],
            removeTarget: false,
            seed: 0,
          })),
        ),
      );
      const generated = fc.sample(pageCaseArbitrary(true), { seed: SEED + 2, numRuns: PAGES });
      const cases = [...replica, ...generated];
      const [chromium, firefox] = await Promise.all([
        run('chromium', 'decide', cases),
        run('firefox', 'decide', cases),
      ]);
      expect(chromium).toHaveLength(cases.length);
      const differing = chromium.flatMap((line, i) =>
        line === firefox[i] ? [] : [`chromium: ${line}\nfirefox:  ${firefox[i]}`],
      );
      console.info(
        `differential: ${cases.length} pages (${replica.length} replica, ${generated.length} generated, seed ${SEED + 2}), ${differing.length} differ`,
      );
      expect(differing, 'decisions that differ between the browsers').toEqual([]);
    });
  },
);
