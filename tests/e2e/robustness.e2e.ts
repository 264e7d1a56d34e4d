import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { BROWSERS, LOOKALIKE_HOST, useExtensionBrowsers } from '../harness/suite.ts';
import { type PageCase, pageCaseArbitrary, type Tally } from '../unit/engine/robustness/generator.ts';

// A share of the robustness suite (tests/unit/engine/robustness.test.ts) in real Chromium and Firefox: real layout,
// so decoys hidden by a style sheet are met as a client's browser meets them, and
// checkVisibility() is what the finder asks. A fixed seed (printed); the benchmark runs the full count on a fresh one.
// The pages are built in a page of the look-alike host, where the extension does not run.

const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261205);
const PAGES = Number(process.env.ROBUSTNESS_BROWSER_PAGES ?? 150);

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

describe.each(BROWSERS)('%s: finder robustness on perturbed replica pages', (name) => {
  it(`judges ${PAGES} generated pages (seed ${SEED}), layout-hidden decoys included: never wrong`, async () => {
    console.info(`robustness in ${name}: seed ${SEED}, ${PAGES} pages (replay: ROBUSTNESS_SEED=${SEED})`);
    const cases: PageCase[] = fc.sample(pageCaseArbitrary(true), { seed: SEED, numRuns: PAGES });
    expect(cases.some((c) => c.perturbations.includes('layout-hidden-decoys'))).toBe(true);
    const page = await (await e2e.browser(name)).newPage();
    await page.goto(`https://${LOOKALIKE_HOST}/__replica/reset`);
    await page.evaluate((code) => {
      const script = document.createElement('script');
      script.textContent = code;
      document.head.append(script);
    }, bundle);
    const tally = await page.evaluate(
      (c) =>
        (
          globalThis as unknown as { onssRobustness: { runCases: (c: PageCase[]) => Tally } }
        ).onssRobustness.runCases(c),
      cases,
    );
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
});
