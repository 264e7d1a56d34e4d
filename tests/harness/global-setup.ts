import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTarget, TARGETS } from '../../scripts/build.ts';
import { makeFirefoxProfileTemplate } from './firefox.ts';
import { ROOT } from './paths.ts';
import { BROWSERS } from './types.ts';

// The e2e project tests the current source: it builds both targets once, before any browser starts, into a
// folder of its own (so `npm run test:e2e` alone is enough, and a concurrent `npm run build` replacing dist/
// cannot pull files from under a running browser). The tests find the folder with inject('extensionBuild').
// Meanwhile it starts Firefox once to make a profile template (see makeFirefoxProfileTemplate).
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  mkdirSync(join(ROOT, '.tmp/e2e'), { recursive: true });
  const outRoot = mkdtempSync(join(ROOT, '.tmp/e2e', 'build-'));
  const template = join(outRoot, 'firefox-profile-template');
  const tmpdir = join(outRoot, 'tmp');
  mkdirSync(tmpdir);
  await Promise.all([
    (async () => {
      for (const target of TARGETS) await buildTarget(target, outRoot);
    })(),
    BROWSERS.includes('firefox') ? makeFirefoxProfileTemplate(template, tmpdir) : undefined,
  ]);
  project.provide('extensionBuild', outRoot);
  if (BROWSERS.includes('firefox')) project.provide('firefoxProfileTemplate', template);
  console.info(
    `[harness] built the extension for chrome and firefox, and a Firefox profile, in ${Date.now() - started} ms`,
  );
  return () => rmSync(outRoot, { recursive: true, force: true });
}
