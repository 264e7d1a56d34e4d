import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTarget, TARGETS } from '../../scripts/build.ts';
import { ROOT } from './paths.ts';

// The e2e project tests the current source: it builds both targets once, before any browser starts, into a
// folder of its own (so `npm run test:e2e` alone is enough, and a concurrent `npm run build` replacing dist/
// cannot pull files from under a running browser). The tests find the folder with inject('extensionBuild').
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  mkdirSync(join(ROOT, '.tmp/e2e'), { recursive: true });
  const outRoot = mkdtempSync(join(ROOT, '.tmp/e2e', 'build-'));
  for (const target of TARGETS) await buildTarget(target, outRoot);
  project.provide('extensionBuild', outRoot);
  console.info(`[harness] built the extension for chrome and firefox in ${Date.now() - started} ms`);
  return () => rmSync(outRoot, { recursive: true, force: true });
}
