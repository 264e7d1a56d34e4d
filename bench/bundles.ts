import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { largestParts } from './composition.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Sizes of the minified bundles of the Chrome build (the run builds it with scripts/build.ts's buildTarget).
// content.js is the script the manifest puts on every page of the procedure's hosts (it holds the gate);
// guide.js is the guide, which the background injects only into frames where content.js's gate opened.

const BUNDLES = [
  {
    name: 'content',
    file: 'content.js',
    limit: 30 * 1024,
    what: "the content script the manifest injects into every page (every frame) of the procedure's hosts, which holds only the gate",
  },
  {
    name: 'guide',
    file: 'guide.js',
    limit: undefined,
    what: "the guide (recognition, finder, overlay, filling), which the background injects with scripting.executeScript only into a frame where content.js's gate opened, i.e. where some step of the procedure could be recognised",
  },
  { name: 'background', file: 'background.js', limit: undefined, what: 'the background service worker' },
  { name: 'popup', file: 'popup.js', limit: 60 * 1024, what: 'the popup page' },
] as const;

const SUM_KEY = 'bundles.contentPlusGuideBytes';

const planned: PlannedFigure[] = [
  ...BUNDLES.flatMap(({ name, file, limit, what }) => [
    {
      key: `bundles.${name}Bytes`,
      unit: 'bytes' as const,
      ...(limit === undefined ? {} : { target: { op: '<=' as const, value: limit } }),
      method: `Size in bytes of ${file}, ${what}, in the Chrome build, made by scripts/build.ts's buildTarget (esbuild, minified, one IIFE, identical to dist/chrome/${file}).`,
    },
    {
      key: `bundles.${name}GzipBytes`,
      unit: 'bytes' as const,
      method: `The same ${file} gzipped at level 9 with Node's zlib, for information only (extensions are installed unzipped).`,
    },
  ]),
  {
    key: SUM_KEY,
    unit: 'bytes',
    method:
      'content.js plus guide.js: the script code a page of the procedure gets when the gate opens there (the two bundles share no module instance at run time, so this counts code both carry, such as the gate evidence that the guide reuses, twice).',
  },
];

export const bundles: Section = {
  name: 'bundle sizes',
  planned,
  async measure(env) {
    const figures = [];
    const sizes = new Map<string, number>();
    for (const { name, file } of BUNDLES) {
      const bytes = readFileSync(join(env.dist, file));
      sizes.set(name, bytes.length);
      figures.push(
        measured(planned, `bundles.${name}Bytes`, bytes.length, {
          largestParts: largestParts(env.metafile, file),
        }),
        measured(planned, `bundles.${name}GzipBytes`, gzipSync(bytes, { level: 9 }).length),
      );
    }
    figures.push(measured(planned, SUM_KEY, (sizes.get('content') ?? 0) + (sizes.get('guide') ?? 0)));
    return figures;
  },
};
