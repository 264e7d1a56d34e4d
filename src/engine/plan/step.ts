import type { State } from '../../shared/state.ts';
import { companySummary, nextStep } from '../progress.ts';

// The one decision "which step is the client at, on a page that serves these steps": the background makes it when
// it answers the guide (guide-context.ts), from progress.nextStep and the page's own steps. The page planner
// (page.ts) only refines it with what the page shows (rights ticked → « Enregistrer »).

/**
 * The procedure's next step when the page serves it; the users list shows grant.done once the company is
 * complete; registration only when it is the next step.
 */
export function chooseStep(state: State, steps: readonly string[], company: string | null): string {
  const next = nextStep(state);
  if (next && steps.includes(next)) return next;
  if (company && steps.includes('grant.done')) {
    const { done, total } = companySummary(state, company);
    if (done >= total) return 'grant.done';
  }
  const open = steps.filter((step) => !step.startsWith('register.'));
  return open[0] ?? steps[0] ?? '';
}
