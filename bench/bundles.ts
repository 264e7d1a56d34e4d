import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { largestParts } from './composition.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Sizes of the minified bundles of the Chrome build (the run builds it with scripts/build.ts's buildTarget).
// "content" is the code every page of the procedure's hosts gets: content.js (the manifest's loader) and gate.js
// (the page reading, which the background injects after the load event); guide.js is the guide, which the
// background injects only into frames where the gate opened.

const BUNDLES = [
  {
    name: 'content',
    files: ['content.js', 'gate.js'],
    limit: 30 * 1024,
    what: "the code every page (every frame) of the procedure's hosts gets: content.js, the loader the manifest injects, plus gate.js, the page reading (engine/gate.ts) that the background injects into the frame after its load event",
  },
  {
    name: 'guide',
    files: ['guide.js'],
    limit: undefined,
    what: 'the guide (recognition, finder, overlay, filling), which the background injects with scripting.executeScript only into a frame where the gate opened, i.e. where some step of the procedure could be recognised',
  },
  { name: 'background', files: ['background.js'], limit: undefined, what: 'the background service worker' },
  { name: 'popup', files: ['popup.js'], limit: 60 * 1024, what: 'the popup page' },
] as const;

const SUM_KEY = 'bundles.contentPlusGuideBytes';

const planned: PlannedFigure[] = [
  ...BUNDLES.flatMap(({ name, files, limit, what }) => {
    const file = files.join(' + ');
    return [
      {
        key: `bundles.${name}Bytes`,
        unit: 'bytes' as const,
        ...(limit === undefined ? {} : { target: { op: '<=' as const, value: limit } }),
        method: `Size in bytes of ${file}, ${what}, in the Chrome build, made by scripts/build.ts's buildTarget (esbuild, minified, one IIFE per file, identical to the files in dist/chrome).`,
      },
      {
        key: `bundles.${name}GzipBytes`,
        unit: 'bytes' as const,
        method: `The same ${file} gzipped at level 9 with Node's zlib (each file apart), for information only (extensions are installed unzipped).`,
      },
    ];
  }),
  {
    key: SUM_KEY,
    unit: 'bytes',
    method:
      'content.js, gate.js and guide.js: the script code a page of the procedure gets when the gate opens there (the two bundles share no module instance at run time, so this counts code both carry, such as the gate evidence that the guide reuses, twice).',
  },
];

export const bundles: Section = {
  name: 'bundle sizes',
  planned,
  async measure(env) {
    const figures = [];
    const sizes = new Map<string, number>();
    for (const { name, files } of BUNDLES) {
      const contents = files.map((file) => readFileSync(join(env.dist, file)));
      const sum = (sizeOf: (bytes: Buffer) => number) => contents.reduce((total, b) => total + sizeOf(b), 0);
      sizes.set(
        name,
        sum((b) => b.length),
      );
      figures.push(
        measured(
          planned,
          `bundles.${name}Bytes`,
          sum((b) => b.length),
          {
            largestParts: files.map((file) => `${file}: ${largestParts(env.metafile, file)}`).join('; '),
          },
        ),
        measured(
          planned,
          `bundles.${name}GzipBytes`,
          sum((b) => gzipSync(b, { level: 9 }).length),
        ),
      );
    }
    figures.push(measured(planned, SUM_KEY, (sizes.get('content') ?? 0) + (sizes.get('guide') ?? 0)));
    return figures;
  },
};
