import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers point one way (src/README.md): shared is the bottom, the engine sits on it, the bundles' glue on both,
// and what the popup, the options page and the badge share lives in src/ui. Read from the import statements.

const SRC = resolve(import.meta.dirname, '../../../src');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const graph = new Map<string, string[]>(
  files(SRC).map((file) => [
    relative(SRC, file),
    [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((m) => relative(SRC, resolve(dirname(file), m[1] ?? '')))
      .filter((target) => !target.startsWith('..')),
  ]),
);

const edges = [...graph.values()].flat().length;
const layer = (file: string) => file.split('/')[0] ?? '';
const ALLOWED: Record<string, string[]> = {
  shared: ['shared'],
  engine: ['engine', 'shared'],
  ui: ['ui', 'shared', 'engine'],
  content: ['content', 'engine', 'shared'],
  background: ['background', 'engine', 'shared', 'ui'],
  popup: ['popup', 'ui', 'engine', 'shared'],
  options: ['options', 'ui', 'engine', 'shared'],
};

describe('the layers of src', () => {
  it('reads the imports', () => expect(edges).toBeGreaterThan(200));

  it('each layer imports only from itself and the layers below it', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph)
      for (const target of targets)
        if (!(ALLOWED[layer(file)] ?? []).includes(layer(target))) wrong.push(`${file} → ${target}`);
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      if (done.has(file)) return;
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
