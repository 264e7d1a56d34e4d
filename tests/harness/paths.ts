import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { BrowserName } from './types.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding chrome/ and firefox/ built for this run by global-setup.ts. */
    extensionBuild: string;
    /** A Firefox profile started once by global-setup.ts, copied for each Firefox launch. */
    firefoxProfileTemplate: string;
  }
}

/**
 * The built extension a browser loads: the e2e run's own build (see global-setup.ts), so that a concurrent
 * `npm run build` cannot replace files under a running browser; dist/ when the harness runs outside vitest.
 */
export function extensionDir(name: BrowserName): string {
  const root = inject('extensionBuild') ?? join(ROOT, 'dist');
  return join(root, name === 'chromium' ? 'chrome' : 'firefox');
}
export const ARTIFACTS_DIR = join(ROOT, 'artifacts');
export const CERT_DIR = join(ROOT, '.tmp/certs');

/** This test process's scratch folder inside the repo (gitignored), removed when its browsers close. */
export const RUN_DIR = join(ROOT, '.tmp/e2e', `run-${process.pid}`);

export function makeTempDir(prefix: string): string {
  mkdirSync(RUN_DIR, { recursive: true });
  return mkdtempSync(join(RUN_DIR, `${prefix}-`));
}

/**
 * The environment the browsers run in: their temp files stay in RUN_DIR, not in /tmp. The drivers' own temp
 * files (Playwright's artifacts folder) follow, as this test process's TMPDIR is moved there too.
 */
export function browserEnv(): Record<string, string> {
  mkdirSync(RUN_DIR, { recursive: true });
  process.env.TMPDIR = RUN_DIR;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, TMPDIR: RUN_DIR };
}
