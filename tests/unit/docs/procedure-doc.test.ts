import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/build.ts';
import { PROCEDURE } from '../../../src/engine/procedure/index.ts';

// docs/procedure.md is the procedure's documentation; the engine's procedure data is what runs. Same step ids.
const doc = readFileSync(join(ROOT, 'docs/procedure.md'), 'utf8');

/** The ids in the first column of the steps' tables: "| `grant.niss` | …". */
const documented = [...doc.matchAll(/^\| `([a-z]+\.[a-z0-9-]+)` +\|/gm)].map((match) => match[1]);

describe('docs/procedure.md', () => {
  it('lists every step of the engine, once, and no other', () => {
    const engine = PROCEDURE.steps.map((step) => step.id);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...engine].sort());
  });

  it('lists them in the order the client meets them', () => {
    expect(documented).toEqual(PROCEDURE.steps.map((step) => step.id));
  });
});
