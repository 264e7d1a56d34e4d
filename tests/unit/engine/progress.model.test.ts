import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companySummary,
  ensureCompany,
  isDone,
  markAnalyst,
  markNotified,
  nextAnalyst,
  nextStep,
  setCurrentCompany,
  setRegistration,
} from '../../../src/engine/progress.ts';
import { AnalystStatus, defaultState, State } from '../../../src/shared/state.ts';
import { isStepId } from '../../../src/shared/steps.ts';
import { suiteSeed } from '../support/seed.ts';

// Model test: random sequences of transitions (with the client going back, reloading, the profile changing and
// restarts in between) never produce a State the schema refuses and never lose a done status.

const SEED = suiteSeed();
console.log(`progress model test: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

const COMPANIES = ['0403170701', '0812345603', '0765432146', 'BE 0403.170.701', '0403170702', '12'];
const NISS = ['70041243623', '82083026729', '85073003328', '17073003384', '70041243624', 'x'];
const VALID_NISS = ['70041243623', '82083026729', '85073003328', '17073003384'];
const REGISTRATIONS = ['unknown', 'needed', 'done', 'not-legal-representative'] as const;

type Action =
  | { kind: 'ensure'; company: string; name: string }
  | { kind: 'current'; company: string }
  | { kind: 'registration'; company: string; registration: (typeof REGISTRATIONS)[number] }
  | { kind: 'mark'; company: string; niss: string; status: AnalystStatus; note: string | undefined }
  | { kind: 'notify' }
  | { kind: 'profile'; analysts: string[] }
  | { kind: 'restart' };

const company = fc.constantFrom(...COMPANIES);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('ensure' as const), company, name: fc.string({ maxLength: 250 }) }),
  fc.record({ kind: fc.constant('current' as const), company }),
  fc.record({
    kind: fc.constant('registration' as const),
    company,
    registration: fc.constantFrom(...REGISTRATIONS),
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('mark' as const),
      company,
      niss: fc.constantFrom(...NISS),
      status: fc.constantFrom(...AnalystStatus.options),
      note: fc.option(fc.string({ maxLength: 600 }), { nil: undefined }),
    }),
  },
  fc.record({ kind: fc.constant('notify' as const) }),
  fc.record({
    kind: fc.constant('profile' as const),
    analysts: fc.uniqueArray(fc.constantFrom(...VALID_NISS), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('restart' as const) }),
);

function apply(state: State, a: Action, now: number): State {
  switch (a.kind) {
    case 'ensure':
      return ensureCompany(state, { enterpriseNumber: a.company, name: a.name });
    case 'current':
      return setCurrentCompany(state, a.company);
    case 'registration':
      return setRegistration(state, a.company, a.registration);
    case 'mark':
      return markAnalyst(state, a.company, a.niss, a.status, now, a.note);
    case 'notify':
      return markNotified(state, now);
    case 'profile':
      return {
        ...state,
        profile: {
          ...state.profile,
          analysts: a.analysts.map((niss, i) => ({ name: `Analyst ${i + 1}`, niss })),
        },
      };
    case 'restart':
      return State.parse(JSON.parse(JSON.stringify(state)));
  }
}

function doneSet(state: State): Map<string, AnalystStatus> {
  const done = new Map<string, AnalystStatus>();
  for (const c of state.companies) {
    for (const [niss, p] of Object.entries(c.analysts))
      if (isDone(p.status)) done.set(`${c.enterpriseNumber}/${niss}`, p.status);
  }
  return done;
}

describe('progress model', () => {
  it('random transitions keep the State valid, never lose a done status, and are idempotent', () => {
    let transitions = 0;
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 60 }), (actions) => {
        let state = defaultState();
        let now = 1_700_000_000_000;
        for (const a of actions) {
          now += 1000;
          const before = doneSet(state);
          const next = apply(state, a, now);
          transitions += 1;
          const problems: string[] = [];
          const parsed = State.safeParse(next);
          if (!parsed.success) problems.push(`invalid State: ${parsed.error.issues[0]?.message}`);
          const after = doneSet(next);
          for (const [key, status] of before)
            if (after.get(key) !== status) problems.push(`lost ${status} of ${key}`);
          // the same report again, a second later (a reload, the back button); a new e-mail rightly gets a new time
          if (
            a.kind !== 'restart' &&
            a.kind !== 'profile' &&
            a.kind !== 'notify' &&
            apply(next, a, now + 1) !== next
          ) {
            problems.push('not idempotent');
          }
          const step = nextStep(next);
          if (step !== null && !isStepId(step)) problems.push(`unknown step ${step}`);
          for (const c of next.companies) {
            const summary = companySummary(next, c.enterpriseNumber);
            if (summary.done > summary.total) problems.push(`${c.enterpriseNumber}: done > total`);
            if ((nextAnalyst(next, c.enterpriseNumber) === null) !== (summary.done === summary.total)) {
              problems.push(`${c.enterpriseNumber}: next analyst disagrees with the counts`);
            }
          }
          if (
            next.currentCompany !== null &&
            !next.companies.some((c) => c.enterpriseNumber === next.currentCompany)
          ) {
            problems.push('current company is not in the list');
          }
          expect(problems, `after ${JSON.stringify(a)}`).toEqual([]);
          state = next;
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
    console.log(`progress model test: ${transitions} transitions checked (seed ${SEED})`);
  }, 60_000);
});
