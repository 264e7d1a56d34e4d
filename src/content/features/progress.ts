import type { ProgressFact } from '../../engine/plan/page.ts';
import type { GuideContext, PageFact } from '../port.ts';
import type { FeatureFactory, GuideServices } from './feature.ts';

// The progress facts the plan names, each reported once per guide (a page seen again, or every pass of the same
// page, reports nothing more): the guide sends the new ones in its next observation of the page.

export function createProgress() {
  const sent = new Set<string>();
  return {
    /** The facts not reported yet, as the background's message carries them. */
    unsent(facts: readonly ProgressFact[]): PageFact[] {
      const fresh = facts.filter((fact) => !sent.has(fact.key));
      for (const fact of fresh) sent.add(fact.key);
      return fresh.map((fact) =>
        fact.kind === 'analyst'
          ? { kind: 'analyst', enterpriseNumber: fact.company, niss: fact.niss, status: fact.status }
          : { kind: 'registration', ...fact.seen },
      );
    },
  };
}

/** The feature: the plan's new facts go in the next observation; « Passer » records the analyst as skipped. */
export const progressFeature: FeatureFactory = (guide) => {
  const progress = createProgress();
  return {
    before(pass) {
      const facts = progress.unsent(pass.plan.facts);
      if (facts.length > 0) guide.refresh(facts);
    },
    button(id, { context }) {
      return id === 'skip' ? () => skip(guide, context) : undefined;
    },
  };
};

function skip(guide: GuideServices, context: GuideContext) {
  const { analyst, company } = context;
  if (!analyst || !company) return;
  guide.refresh([
    {
      kind: 'analyst',
      enterpriseNumber: company.enterpriseNumber,
      niss: analyst.niss,
      status: 'problem',
      note: 'skipped',
    },
  ]);
}
