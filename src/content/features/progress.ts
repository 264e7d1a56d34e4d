import type { ProgressFact } from '../../engine/plan/page.ts';
import type { BackgroundPort } from '../port.ts';

// The progress facts the plan names, each sent once per guide (a page seen again, or every pass of the same page,
// sends nothing more); after each, the guide asks for a fresh context.

export function createProgress(
  background: BackgroundPort,
  after: () => void,
  warn: (error: unknown) => void,
) {
  const sent = new Set<string>();
  return {
    record(facts: readonly ProgressFact[]) {
      for (const fact of facts) {
        if (sent.has(fact.key)) continue;
        sent.add(fact.key);
        const done =
          fact.kind === 'analyst'
            ? background.markAnalyst(fact.company, fact.niss, fact.status)
            : background.registration(fact.seen);
        done.then(after, warn);
      }
    },
  };
}
