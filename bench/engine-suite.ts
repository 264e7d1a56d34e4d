import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/build.ts';
import { NotMeasured } from './figure.ts';

// The engine's page generator (large pages, perturbed pages) lives with its robustness suite; it is loaded when
// present so that the benchmark still runs, and says what is missing, before the suite exists.

export const GENERATOR = join(ROOT, 'tests/unit/engine/robustness/generator.ts');

type Generator = typeof import('../tests/unit/engine/robustness/generator.ts');

export async function loadGenerator(): Promise<Generator> {
  if (!existsSync(GENERATOR))
    throw new NotMeasured(
      'the engine robustness suite (tests/unit/engine/robustness/generator.ts) does not exist yet',
    );
  return (await import(GENERATOR)) as Generator;
}
