import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { ROOT, VERSION } from '../../scripts/build.ts';
import { unzip, zipFiles } from '../../scripts/package/zip.ts';
import { lintAmoZip, makePackages, SOURCE_PREFIX } from '../../scripts/package.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import { expectMarked, PORTAL } from './guide-walk.ts';

// What `npm run package` produces, checked as the stores will use it: the source archive rebuilds to the very files
// of both zips, the AMO zip passes web-ext lint, and each zip, unpacked, loads in its browser and guides.

const scratch = (() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp/package-test-'));
})();
let made: Awaited<ReturnType<typeof makePackages>>;
const unpacked = { chromium: join(scratch, 'chrome'), firefox: join(scratch, 'firefox') };

const e2e = useExtensionBrowsers(createReplica(), {
  chromium: () => unpacked.chromium,
  firefox: () => unpacked.firefox,
});

beforeAll(async () => {
  made = await makePackages(join(scratch, 'artifacts'));
  await unzip(made.chrome, unpacked.chromium);
  await unzip(made.firefox, unpacked.firefox);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe('npm run package', () => {
  it('names the packages by the version in package.json and writes it into both manifests', async () => {
    for (const zip of [made.chrome, made.firefox]) {
      expect(zip).toContain(`-${VERSION}-`);
      const manifest = JSON.parse(String((await zipFiles(zip)).get('manifest.json')));
      expect(manifest.version).toBe(VERSION);
    }
  });

  it('gives AMO a source archive whose build instructions rebuild the same files as both zips', async () => {
    const source = join(scratch, 'source');
    await unzip(made.source, source, SOURCE_PREFIX);
    const instructions = readFileSync(join(source, 'BUILD.md'), 'utf8');
    expect(instructions).toContain('npm ci && npm run build');
    // `npm ci` here would fetch the same locked packages from the registry; this machine's are those, linked.
    expect(existsSync(join(source, 'package-lock.json'))).toBe(true);
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: source, stdio: 'pipe' });
    for (const [target, zip] of [
      ['chrome', made.chrome],
      ['firefox', made.firefox],
    ] as const) {
      const rebuilt = filesUnder(join(source, 'dist', target));
      const packaged = await zipFiles(zip);
      expect([...rebuilt.keys()].sort()).toEqual([...packaged.keys()].sort());
      for (const [path, content] of rebuilt)
        expect(content.equals(packaged.get(path) as Buffer), path).toBe(true);
    }
  });

  it('passes web-ext lint on the AMO zip', async () => {
    await expect(lintAmoZip(made.firefox)).resolves.toBeUndefined();
  });
});

describe.each(BROWSERS)('the packaged zip, unpacked, in %s', (name) => {
  it('starts the guide on the portal', async () => {
    const browser = await e2e.browser(name);
    const page = await browser.newPage();
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(`${PORTAL}/site_fr/employer/infos/index.htm?truth=1`);
    await expectMarked(page, 'connect.start');
  });
});
