import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTarget } from '../../../scripts/build.ts';
import { PAGE_PHRASES } from '../../../src/engine/procedure/page-phrases.ts';
import { packPages } from '../../../src/engine/procedure/phrase-pack.ts';

// content.js runs on every page of the procedure's hosts, possibly before the page's load event: it is a loader
// only. gate.js, injected after the load event, carries the gate only. The finder, the accessible-name computation
// and the overlay belong to guide.js, injected where the gate opens.

const GUIDE_ONLY = [
  'src/engine/finder/',
  'src/engine/fingerprint.ts',
  'src/engine/recognize.ts',
  'node_modules/dom-accessibility-api/',
  'src/content/guide.ts',
  'src/content/overlay/',
];

let out: string;
let meta: Metafile;

function inputsOf(file: string): string[] {
  const output = Object.entries(meta.outputs).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!output) throw new Error(`no ${file} in the build`);
  return Object.keys(output.inputs);
}

describe('the three content bundles', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'onss-bundles-'));
    await buildTarget('chrome', out, (m) => {
      meta = m;
    });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('makes content.js a loader: no engine code at all', () => {
    const inputs = inputsOf('content.js');
    expect(inputs).toContain('src/content/content-start.ts');
    expect(
      inputs.filter((input) => input.includes('src/engine/') || input.includes('node_modules/')),
    ).toEqual([]);
  });

  it('keeps the finder, dom-accessibility-api and the overlay out of gate.js', () => {
    const inputs = inputsOf('gate.js');
    expect(inputs).toContain('src/engine/gate.ts');
    expect(inputs).toContain('src/content/gate-start.ts');
    expect(inputs.filter((input) => GUIDE_ONLY.some((part) => input.includes(part)))).toEqual([]);
  });

  it('puts them in guide.js, with the guide and its start-once guard', () => {
    const inputs = inputsOf('guide.js');
    for (const part of GUIDE_ONLY)
      expect(
        inputs.some((input) => input.includes(part)),
        part,
      ).toBe(true);
    expect(inputs).toContain('src/content/guide-start.ts');
  });

  // Issue 15: what a woken service worker or an opening popup parses. The catalogs are read from the packaged
  // _locales files when needed (shared/catalog-load.ts); the popup's first frame reads storage without the schemas.
  it('bundles no message catalog into any script, and no zod into the popup nor the content scripts', () => {
    for (const file of ['background.js', 'popup.js', 'options.js', 'gate.js', 'guide.js'])
      expect(
        inputsOf(file).filter((input) => input.includes('_locales/')),
        file,
      ).toEqual([]);
    // The content scripts validate nothing themselves (the background checks what they send): their schemas would
    // only cost every page load zod's parsing and set-up.
    for (const file of ['popup.js', 'content.js', 'gate.js', 'guide.js'])
      expect(
        inputsOf(file).filter((input) => input.includes('node_modules/zod/')),
        file,
      ).toEqual([]);
  });

  // Issue 15: the pages' captions are normalised at build time; gate.js, on every page, carries no caption.
  it("gives gate.js and guide.js the pages' phrases, prebuilt, and gate.js no caption", () => {
    for (const file of ['gate.js', 'guide.js']) {
      const inputs = inputsOf(file);
      expect(inputs, file).toContain('src/engine/procedure/page-phrases.ts');
      expect(inputs, file).not.toContain('src/engine/procedure/pages.ts');
      expect(readFileSync(join(out, 'chrome', file), 'utf8'), file).toContain(
        JSON.stringify(packPages(PAGE_PHRASES)),
      );
    }
    expect(inputsOf('gate.js')).not.toContain('src/engine/procedure/captions.ts');
  });
});
