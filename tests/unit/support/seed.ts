// The seed of a generated suite. `npm test` judges the same cases on every run (a fixed seed, printed), so that CI is
// reproducible; `npm run test:fuzz` (vitest.fuzz.config.ts) draws a fresh one each run; a seed given in the
// environment replays a run.

export const FIXED_SEED = 20261205;
export const FUZZ = process.env.ROBUSTNESS_FUZZ === '1';

export function suiteSeed(variable = 'FC_SEED'): number {
  const given = process.env[variable];
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`${variable}=${given} is not an integer seed`);
    return seed;
  }
  return FUZZ ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED;
}
