import { buildTarget, TARGETS } from '../../scripts/build.ts';

// The e2e project tests the built extension: build it once before any browser starts, so that
// `npm run test:e2e` alone tests the current source.
export default async function setup(): Promise<void> {
  const started = Date.now();
  for (const target of TARGETS) await buildTarget(target);
  console.info(`[harness] built dist/chrome and dist/firefox in ${Date.now() - started} ms`);
}
