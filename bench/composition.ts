import type { Metafile } from 'esbuild';

// What a bundle is made of, from the build's own esbuild metafile, grouped by package (node_modules) or source
// folder: shown beside a size so a reader sees what to cut.

const SHOWN = 5;

function groupOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  if (pkg) return pkg;
  const parts = input.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : input;
}

/** The largest parts of the output file whose path ends with `file`, e.g. "zod 40.1 KB, src/engine 30.2 KB". */
export function largestParts(meta: Metafile, file: string): string {
  const output = Object.entries(meta.outputs).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!output) return 'unknown';
  const groups = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
    groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHOWN)
    .map(([group, bytes]) => `${group} ${(bytes / 1024).toFixed(1)} KB`)
    .join(', ');
}
