import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/harness/chromium.ts';

// Runs engine code inside a real Chromium page: the entry is bundled with esbuild and added to a blank page of a
// browser that can reach nothing (every host name fails to resolve).

export async function bundleEntry(entry: string, root: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { __BUILD_TARGET__: JSON.stringify('chrome') },
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

export interface EnginePage {
  browser: Browser;
  page: Page;
  version: string;
}

export async function openEnginePage(bundle: string, tmp: string): Promise<EnginePage> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
    env: { ...process.env, TMPDIR: tmp },
  });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addScriptTag({ content: bundle });
  return { browser, page, version: browser.version() };
}
