import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './paths.ts';
import type { ExtensionBrowser } from './types.ts';

/** File-name-safe form of a test's name. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Saves a screenshot and the console output of every open page, under artifacts/<test>/. Returns the folder. */
export async function saveFailureArtifacts(testName: string, browsers: ExtensionBrowser[]): Promise<string> {
  const dir = join(ARTIFACTS_DIR, slug(testName));
  mkdirSync(dir, { recursive: true });
  for (const browser of browsers) {
    let index = 0;
    for (const page of browser.openPages()) {
      index += 1;
      const base = join(dir, `${browser.name}-page${index}`);
      const log = [`url: ${page.url()}`, ...page.consoleMessages()].join('\n');
      writeFileSync(`${base}.console.txt`, `${log}\n`);
      await page.screenshot(`${base}.png`).catch((error: unknown) => {
        writeFileSync(`${base}.screenshot-error.txt`, String(error));
      });
    }
  }
  return dir;
}
