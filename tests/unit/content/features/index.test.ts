import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../../src/content/features/index.ts';

// The registry is the one list the guide goes down: every feature file is in it, once.

const DIR = join(import.meta.dirname, '../../../../src/content/features');
/** The contract and the list itself: not features. */
const NOT_FEATURES = new Set(['feature.ts', 'index.ts']);

describe('the features registry', () => {
  it('lists every feature file of src/content/features, each once', async () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.ts') && !NOT_FEATURES.has(name));
    const declared = [];
    for (const file of files) {
      const module: Record<string, unknown> = await import(join(DIR, file));
      const factories = Object.entries(module).filter(([name]) => name.endsWith('Feature'));
      expect(factories, `${file} declares one feature (an export named …Feature)`).toHaveLength(1);
      declared.push(factories[0]?.[1]);
    }
    expect(new Set(FEATURES).size).toBe(FEATURES.length);
    expect(new Set(FEATURES)).toEqual(new Set(declared));
  });
});
