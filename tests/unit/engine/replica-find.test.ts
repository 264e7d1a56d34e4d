// @vitest-environment jsdom
import { expect, describe as suite, test } from 'vitest';
import { type FindResult, findTarget } from '../../../src/engine/finder/find.ts';
import { allReplicaPages, describe, label } from './support/replica-pages.ts';

function summary(result: FindResult): string {
  if (result.status === 'found') return `found ${describe(result.element)}`;
  return `not found; candidates: ${result.candidates.map((c) => `${c.name} (${c.score.toFixed(2)})`).join(', ')}`;
}

suite('findTarget on every replica screen and static variant', () => {
  const pages = [...allReplicaPages()];
  test.each(pages.flatMap((page) => page.screen.steps.map((step) => [label(page), step, page] as const)))(
    '%s → %s',
    (_name, step, page) => {
      const expected = page.truth.get(step) ?? [];
      expect(expected).toHaveLength(1);
      const result = findTarget(page.doc, step);
      const found = result.status === 'found' ? result.element : null;
      expect(found === expected[0], `${summary(result)}\nexpected ${describe(expected[0])}`).toBe(true);
    },
  );
});
