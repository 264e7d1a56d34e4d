// `npm run bench`: builds the extension, measures every figure, writes bench/results.json and docs/benchmarks.md, and
// the figures with a target into README.md's Benchmarks section.
// Prints figures and never fails because a target is missed or the machine is busy; it exits non-zero only when a
// measurement could not run (a figure whose subject does not exist yet is listed as "not measured" instead).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { buildTarget, ROOT } from '../scripts/build.ts';
import { bundles } from './bundles.ts';
import { contentScript } from './content-script.ts';
import { effort } from './effort.ts';
import { type Figure, NotMeasured, notMeasured } from './figure.ts';
import { finder } from './finder.ts';
import { idle } from './idle.ts';
import { describeMachine, describeSource } from './machine.ts';
import { pageLoad } from './page-load.ts';
import { popup } from './popup.ts';
import { startReplica } from './replica.ts';
import { renderConsole, renderMarkdown, toResults, withReadmeFigures } from './report.ts';
import { robustness } from './robustness.ts';
import type { BenchEnv, Replica, Section } from './section.ts';

const ALL: readonly Section[] = [bundles, popup, pageLoad, idle, finder, contentScript, effort, robustness];
// `npm run bench -- finder page` measures only the sections whose names contain one of the words, prints them and
// writes nothing: the files always hold a whole run.
const only = process.argv.slice(2).map((word) => word.toLowerCase());
const SECTIONS = only.length ? ALL.filter((s) => only.some((word) => s.name.includes(word))) : ALL;
if (SECTIONS.length === 0) {
  console.error(`no section matches ${only.join(' ')}; sections: ${ALL.map((s) => s.name).join('; ')}`);
  process.exit(2);
}

const started = Date.now();
// The code as the build reads it: the commit, and whether the working tree differs from it.
const source = describeSource(ROOT);
const tmp = join(ROOT, '.tmp/bench', `run-${process.pid}`);
mkdirSync(tmp, { recursive: true });

/** Runs every section; a section that cannot run lists its figures as "not measured" with the reason. */
async function measureAll(): Promise<{ figures: Figure[]; failed: boolean; chromium?: string }> {
  let replica: Promise<Replica> | undefined;
  let metafile: Metafile = { inputs: {}, outputs: {} };
  // A private build folder: rebuilding dist/chrome in place would pull it from under tests running in parallel.
  const dist = await buildTarget('chrome', join(tmp, 'dist'), (meta) => {
    metafile = meta;
  });
  const env: BenchEnv = {
    root: ROOT,
    tmp,
    dist,
    metafile,
    replica: () => {
      replica ??= startReplica(join(ROOT, '.tmp/certs'));
      return replica;
    },
  };
  const figures: Figure[] = [];
  let failed = false;
  try {
    for (const section of SECTIONS) {
      const t0 = Date.now();
      process.stdout.write(`${section.name}… `);
      try {
        figures.push(...(await section.measure(env)));
        console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        if (!(error instanceof NotMeasured)) {
          failed = true;
          console.error(error);
        }
        console.log(`not measured: ${why}`);
        figures.push(...notMeasured(section.planned, error instanceof NotMeasured ? why : `failed: ${why}`));
      }
    }
  } finally {
    if (replica) await (await replica.catch(() => undefined))?.server.close();
  }
  return { figures, failed, ...(env.chromiumVersion ? { chromium: env.chromiumVersion } : {}) };
}

let run: Awaited<ReturnType<typeof measureAll>>;
try {
  run = await measureAll();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const machine = { ...describeMachine(), ...(run.chromium ? { chromium: run.chromium } : {}) };
const results = toResults(run.figures, machine, source, new Date(), (Date.now() - started) / 1000);
console.log(`\n${renderConsole(results)}\n`);
if (only.length === 0) {
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), renderMarkdown(results));
  const readme = join(ROOT, 'README.md');
  writeFileSync(readme, withReadmeFigures(readFileSync(readme, 'utf8'), results));
  console.log('written: bench/results.json, docs/benchmarks.md, the figures in README.md');
} else console.log('a partial run: bench/results.json and docs/benchmarks.md are unchanged');
process.exitCode = run.failed ? 1 : 0;
