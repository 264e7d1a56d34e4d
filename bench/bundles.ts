import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { largestParts } from './composition.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Sizes of the minified bundles of the Chrome build (the run builds it with scripts/build.ts's buildTarget).

const BUNDLES = [
  { name: 'content', file: 'content.js', limit: 30 * 1024 },
  { name: 'background', file: 'background.js', limit: undefined },
  { name: 'popup', file: 'popup.js', limit: 60 * 1024 },
] as const;

const planned: PlannedFigure[] = BUNDLES.flatMap(({ name, file, limit }) => [
  {
    key: `bundles.${name}Bytes`,
    unit: 'bytes' as const,
    ...(limit === undefined ? {} : { target: { op: '<=' as const, value: limit } }),
    method: `Size in bytes of ${file} in the Chrome build, made by scripts/build.ts's buildTarget (esbuild, minified, one IIFE, identical to dist/chrome/${file}).`,
  },
  {
    key: `bundles.${name}GzipBytes`,
    unit: 'bytes' as const,
    method: `The same ${file} gzipped at level 9 with Node's zlib, for information only (extensions are installed unzipped).`,
  },
]);

export const bundles: Section = {
  name: 'bundle sizes',
  planned,
  async measure(env) {
    const figures = [];
    for (const { name, file } of BUNDLES) {
      const bytes = readFileSync(join(env.dist, file));
      figures.push(
        measured(planned, `bundles.${name}Bytes`, bytes.length, {
          largestParts: largestParts(env.metafile, file),
        }),
        measured(planned, `bundles.${name}GzipBytes`, gzipSync(bytes, { level: 9 }).length),
      );
    }
    return figures;
  },
};
