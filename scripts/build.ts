// Builds dist/chrome and dist/firefox from the one source: same code, one manifest adapted per browser.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { build, type Metafile, type Plugin } from 'esbuild';
import {
  COMPANY_HEADER_PHRASES,
  LOGOUT_PHRASES,
  PAGE_PHRASES,
} from '../src/engine/procedure/page-phrases.ts';
import { packList, packPages } from '../src/engine/procedure/phrase-pack.ts';
import { privacyPage } from './privacy-page.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGETS = ['chrome', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];
/** The version, in one place: package.json's; the build writes it into both manifests. */
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

/** Script bundles: output name → source. */
const ENTRIES: Record<string, string> = {
  background: 'src/background/index.ts',
  content: 'src/content/content-start.ts',
  // Not in the manifest: the background injects gate.js into a page of the procedure's hosts once it has loaded
  // (content.js asks), and guide.js where the gate opens.
  gate: 'src/content/gate-start.ts',
  guide: 'src/content/guide-start.ts',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};
/** Static files copied as they are: destination → source. */
const STATIC: Record<string, string> = {
  'popup.html': 'src/popup/popup.html',
  'popup.css': 'src/popup/popup.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  'managed_schema.json': 'managed_schema.json',
  _locales: '_locales',
};
const ICON_SIZES = [16, 32, 48, 128];

// Preact can set innerHTML for `dangerouslySetInnerHTML`, which we never use; removing that path keeps raw HTML
// out of the extension's pages and keeps `web-ext lint` at zero warnings. Fails loudly if Preact's code changes.
const noRawHtml: Plugin = {
  name: 'no-raw-html',
  setup(b) {
    b.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const pattern = /\((\w)\.innerHTML=(\w)\.__html\)/;
      if (!pattern.test(code))
        throw new Error('no-raw-html: Preact changed; update the pattern in scripts/build.ts');
      return {
        contents: code.replace(pattern, '(()=>{throw Error("raw HTML is not allowed")})()'),
        loader: 'js',
      };
    });
  },
};

// dom-accessibility-api ships ES5 polyfills of Set and Array.from and uses them even where the browser has both
// (its Set check is inverted); the browsers this extension targets have them natively: 2.4 KB less in content.js.
// Fails loudly if the polyfills' exports change.
const nativeForPolyfills: Plugin = {
  name: 'native-for-polyfills',
  setup(b) {
    const natives: Record<string, { pattern: RegExp; contents: string }> = {
      'SetLike.mjs': {
        pattern: /^export default typeof Set === "undefined" \? Set : SetLike;$/m,
        contents: 'export default Set;',
      },
      'array.from.mjs': {
        pattern: /^export default function arrayFrom\(arrayLike, mapFn\) \{$/m,
        contents: 'export default (arrayLike, mapFn) => Array.from(arrayLike, mapFn);',
      },
    };
    b.onLoad(
      { filter: /dom-accessibility-api[\\/]dist[\\/]polyfills[\\/](SetLike|array\.from)\.mjs$/ },
      (args) => {
        const native = natives[args.path.split(/[\\/]/).pop() ?? ''];
        if (!native?.pattern.test(readFileSync(args.path, 'utf8')))
          throw new Error(`native-for-polyfills: ${args.path} changed; update scripts/build.ts`);
        return { contents: native.contents, loader: 'js' };
      },
    );
  },
};

// Bundles that import the catalogs (the background formats the page-language strings) need the messages, not the
// notes for translators: those stay in the copied _locales files only.
const catalogsWithoutNotes: Plugin = {
  name: 'catalogs-without-notes',
  setup(b) {
    b.onLoad({ filter: /_locales[\\/][a-z_]+[\\/]messages\.json$/ }, (args) => {
      const catalog = JSON.parse(readFileSync(args.path, 'utf8')) as Record<string, { description?: string }>;
      for (const entry of Object.values(catalog)) delete entry.description;
      return { contents: JSON.stringify(catalog), loader: 'json' };
    });
  },
};

// The captions that tell pages apart, normalised here rather than on every page: the bundles get page-phrases.ts's
// values, packed, in place of the file that computes them from the captions (which gate.js then does not carry).
// The names exported must stay those of page-phrases.ts: the bundle fails to build otherwise.
const prebuiltPhrases: Plugin = {
  name: 'prebuilt-phrases',
  setup(b) {
    b.onLoad({ filter: /src[\\/]engine[\\/]procedure[\\/]page-phrases\.ts$/ }, (args) => ({
      contents: [
        "import { unpackList, unpackPages } from './phrase-pack.ts';",
        `export const PAGE_PHRASES = unpackPages(${JSON.stringify(packPages(PAGE_PHRASES))});`,
        `export const LOGOUT_PHRASES = unpackList(${JSON.stringify(packList(LOGOUT_PHRASES))});`,
        `export const COMPANY_HEADER_PHRASES = unpackList(${JSON.stringify(packList(COMPANY_HEADER_PHRASES))});`,
      ].join('\n'),
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
  },
};

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
};

export function manifestFor(target: Target, source: Manifest, version = VERSION): Manifest {
  const manifest: Manifest = { ...structuredClone(source), version };
  if (target === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: source.background.scripts };
  }
  return manifest;
}

/** `onMetafile` receives esbuild's account of what each bundle is made of (npm run bench shows the largest parts). */
export async function buildTarget(
  target: Target,
  outRoot = join(ROOT, 'dist'),
  onMetafile?: (meta: Metafile) => void,
): Promise<string> {
  const out = join(outRoot, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'icons'), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRIES).map(([name, src]) => ({ in: src, out: name })),
    outdir: out,
    bundle: true,
    minify: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox142',
    define: { __BUILD_TARGET__: JSON.stringify(target) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [noRawHtml, nativeForPolyfills, catalogsWithoutNotes, prebuiltPhrases],
    metafile: onMetafile !== undefined,
  });
  if (onMetafile && result.metafile) onMetafile(result.metafile);
  for (const [dest, src] of Object.entries(STATIC))
    cpSync(join(ROOT, src), join(out, dest), { recursive: true });
  writeFileSync(join(out, 'privacy.html'), privacyPage(ROOT));
  const svg = readFileSync(join(ROOT, 'icons/icon.svg'));
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(out, `icons/icon-${size}.png`), png);
  }
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target, source), null, 2)}\n`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const target of TARGETS) console.log(`built ${await buildTarget(target)}`);
}
