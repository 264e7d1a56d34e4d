import { describe, expect, it } from 'vitest';
import {
  allGranted,
  companySummary,
  ensureCompany,
  markAnalyst,
  markNotified,
  needsNotification,
  nextAnalyst,
  nextCompany,
  nextStep,
  recordFacts,
  recordRegistration,
  setCurrentCompany,
  setRegistration,
} from '../../../src/engine/progress.ts';
import { defaultState, State } from '../../../src/shared/state.ts';

const A = '0403170701'; // Boulangerie
const B = '0812345603';
const C = '0765432146';
const [P1, P2] = ['70041243623', '82083026729']; // default profile's analysts
const OTHER = '85073003328'; // valid NISS outside the profile

function fresh() {
  return defaultState();
}
function valid(state: State): State {
  expect(State.safeParse(state).success).toBe(true);
  return state;
}

describe('companies', () => {
  it('ensureCompany upserts by enterprise number, in any spelling, and the first one becomes current', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: 'BE 0403.170.701', name: '  Boulangerie   Dupont ' });
    expect(s.companies).toEqual([
      { enterpriseNumber: A, name: 'Boulangerie Dupont', registration: 'unknown', analysts: {} },
    ]);
    expect(s.currentCompany).toBe(A);
    s = ensureCompany(s, { enterpriseNumber: B, name: 'Dupont Immo' });
    expect(s.companies.map((c) => c.enterpriseNumber)).toEqual([A, B]);
    expect(s.currentCompany).toBe(A);
    expect(ensureCompany(s, { enterpriseNumber: '403170701', name: 'Boulangerie Dupont' })).toBe(s);
    valid(s);
  });

  it('fills an unknown name, keeps a known one', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    expect(s.companies[0]?.name).toBe('');
    s = ensureCompany(s, { enterpriseNumber: A, name: 'Boulangerie Dupont' });
    expect(s.companies[0]?.name).toBe('Boulangerie Dupont');
    expect(ensureCompany(s, { enterpriseNumber: A, name: 'BOULANGERIE DUPONT SRL' })).toBe(s);
    expect(ensureCompany(s, { enterpriseNumber: A, name: 'x'.repeat(300) })).toBe(s);
    expect(
      ensureCompany(fresh(), { enterpriseNumber: A, name: 'y'.repeat(300) }).companies[0]?.name,
    ).toHaveLength(200);
  });

  it('ignores invalid enterprise numbers', () => {
    const s = fresh();
    expect(ensureCompany(s, { enterpriseNumber: '0403170702', name: 'X' })).toBe(s);
    expect(setCurrentCompany(s, '12')).toBe(s);
    expect(markAnalyst(s, '0403170702', P1, 'granted', 1)).toBe(s);
    expect(setRegistration(s, 'abc', 'needed')).toBe(s);
  });

  it('setCurrentCompany switches and adds an unknown company', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A, name: 'A' });
    s = setCurrentCompany(s, B);
    expect(s.currentCompany).toBe(B);
    expect(s.companies.map((c) => c.enterpriseNumber)).toEqual([A, B]);
    expect(setCurrentCompany(s, B)).toBe(s);
    valid(s);
  });
});

describe('analysts', () => {
  it('walks the profile: next analyst, counts, then done', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A, name: 'A' });
    expect(nextAnalyst(s, A)?.niss).toBe(P1);
    expect(companySummary(s, A)).toEqual({ done: 0, total: 2, registration: 'unknown' });
    s = markAnalyst(s, A, P1, 'in-progress', 10);
    expect(nextAnalyst(s, A)?.niss).toBe(P1);
    s = markAnalyst(s, A, P1, 'granted', 20);
    expect(nextAnalyst(s, A)?.niss).toBe(P2);
    expect(companySummary(s, A)).toEqual({ done: 1, total: 2, registration: 'done' });
    s = markAnalyst(s, A, P2, 'granted', 30);
    expect(nextAnalyst(s, A)).toBeNull();
    expect(companySummary(s, A).done).toBe(2);
    valid(s);
  });

  it('counts an analyst who was already a user as done', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = markAnalyst(s, A, P1, 'already-user', 1);
    s = markAnalyst(s, A, P2, 'granted', 2);
    expect(companySummary(s, A).done).toBe(2);
    expect(allGranted(s)).toBe(true);
  });

  it('resumes the analyst in progress first, then pending ones, then ones with a problem', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = markAnalyst(s, A, P1, 'problem', 1, 'invalid NISS message');
    expect(nextAnalyst(s, A)?.niss).toBe(P2);
    s = markAnalyst(s, A, P2, 'in-progress', 2);
    expect(nextAnalyst(s, A)?.niss).toBe(P2);
    s = markAnalyst(s, A, P2, 'granted', 3);
    expect(nextAnalyst(s, A)?.niss).toBe(P1);
    expect(s.companies[0]?.analysts[P1]?.note).toBe('invalid NISS message');
  });

  it('going back or reloading: same report twice changes nothing, a stale report never downgrades a done status', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = markAnalyst(s, A, P1, 'in-progress', 1);
    expect(markAnalyst(s, A, P1, 'in-progress', 2)).toBe(s);
    s = markAnalyst(s, A, P1, 'granted', 3);
    for (const stale of ['in-progress', 'pending', 'problem', 'already-user'] as const) {
      expect(markAnalyst(s, A, P1, stale, 4)).toBe(s);
    }
    expect(s.companies[0]?.analysts[P1]).toEqual({ status: 'granted', updatedAt: 3 });
    expect(markAnalyst(s, A, '70.04.12-436.23', 'granted', 5)).toBe(s);
  });

  it('refuses an invalid NISS', () => {
    const s = ensureCompany(fresh(), { enterpriseNumber: A });
    expect(markAnalyst(s, A, '70041243624', 'granted', 1)).toBe(s);
  });

  it('a profile whose analysts change: old ones kept in history but not counted, new ones pending', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = markAnalyst(s, A, P1, 'granted', 1);
    s = markAnalyst(s, A, P2, 'granted', 2);
    expect(allGranted(s)).toBe(true);
    s = {
      ...s,
      profile: {
        ...s.profile,
        analysts: [
          { name: 'Nouvelle', niss: OTHER },
          { name: 'Principal', niss: P1 },
        ],
      },
    };
    valid(s);
    expect(companySummary(s, A)).toEqual({ done: 1, total: 2, registration: 'done' });
    expect(nextAnalyst(s, A)?.niss).toBe(OTHER);
    expect(allGranted(s)).toBe(false);
    expect(Object.keys(s.companies[0]?.analysts ?? {}).sort()).toEqual([P1, P2].sort());
    expect(nextStep(s)).toBe('grant.add-user');
  });

  it('records analysts outside the profile without counting them', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = markAnalyst(s, A, OTHER, 'granted', 1);
    expect(s.companies[0]?.analysts[OTHER]?.status).toBe('granted');
    expect(companySummary(s, A).done).toBe(0);
  });
});

describe('registration', () => {
  it('knowledge only grows: unknown never overwrites, done is never undone', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = setRegistration(s, A, 'needed');
    expect(companySummary(s, A).registration).toBe('needed');
    expect(setRegistration(s, A, 'unknown')).toBe(s);
    s = setRegistration(s, A, 'not-legal-representative');
    expect(companySummary(s, A).registration).toBe('not-legal-representative');
    s = setRegistration(s, A, 'done');
    expect(setRegistration(s, A, 'needed')).toBe(s);
    expect(setRegistration(s, A, 'not-legal-representative')).toBe(s);
  });

  it('granting an analyst shows the registration is done', () => {
    let s = setRegistration(ensureCompany(fresh(), { enterpriseNumber: A }), A, 'needed');
    s = markAnalyst(s, A, P1, 'already-user', 1);
    expect(companySummary(s, A).registration).toBe('done');
  });
});

describe('nextStep', () => {
  it('follows one company from login to notification, then finishes', () => {
    let s = fresh();
    expect(nextStep(s)).toBe('connect.start');
    s = ensureCompany(s, { enterpriseNumber: A, name: 'A' });
    expect(nextStep(s)).toBe('grant.add-user');
    s = setRegistration(s, A, 'needed');
    expect(nextStep(s)).toBe('register.start');
    s = setRegistration(s, A, 'not-legal-representative');
    expect(nextStep(s)).toBe('register.not-legal-representative');
    s = setRegistration(s, A, 'done');
    expect(nextStep(s)).toBe('grant.add-user');
    s = markAnalyst(s, A, P1, 'granted', 10);
    expect(nextStep(s)).toBe('grant.add-user');
    s = markAnalyst(s, A, P2, 'granted', 20);
    expect(nextStep(s)).toBe('notify.email');
    s = markNotified(s, 30);
    expect(nextStep(s)).toBeNull();
    expect(markNotified(s, 30)).toBe(s);
  });

  it('several companies: the next incomplete company after this one, by switching company', () => {
    let s = fresh();
    for (const en of [A, B, C]) s = ensureCompany(s, { enterpriseNumber: en });
    s = setCurrentCompany(s, B);
    expect(nextCompany(s)).toBe(B);
    s = markAnalyst(markAnalyst(s, B, P1, 'granted', 1), B, P2, 'granted', 2);
    expect(nextCompany(s)).toBe(C); // after B, not back to A
    expect(nextStep(s)).toBe('connect.pick-company');
    s = setCurrentCompany(s, C);
    expect(nextStep(s)).toBe('grant.add-user');
    s = markAnalyst(markAnalyst(s, C, P1, 'already-user', 3), C, P2, 'granted', 4);
    expect(nextCompany(s)).toBe(A); // wraps around
    s = setCurrentCompany(s, A);
    s = markAnalyst(markAnalyst(s, A, P1, 'granted', 5), A, P2, 'granted', 6);
    expect(nextCompany(s)).toBeNull();
    expect(allGranted(s)).toBe(true);
    expect(nextStep(s)).toBe('notify.email');
  });

  it('asks to notify again when something is granted after the last e-mail', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A });
    s = markAnalyst(markAnalyst(s, A, P1, 'granted', 1), A, P2, 'granted', 2);
    s = markNotified(s, 3);
    expect(needsNotification(s)).toBe(false);
    s = ensureCompany(s, { enterpriseNumber: B });
    expect(nextStep(s)).toBe('connect.pick-company');
    s = setCurrentCompany(s, B);
    s = markAnalyst(markAnalyst(s, B, P1, 'granted', 4), B, P2, 'granted', 5);
    expect(nextStep(s)).toBe('notify.email');
  });

  it('a restart half-way resumes from the stored state alone', () => {
    let s = fresh();
    s = ensureCompany(s, { enterpriseNumber: A, name: 'A' });
    s = ensureCompany(s, { enterpriseNumber: B, name: 'B' });
    s = markAnalyst(s, A, P1, 'granted', 1);
    s = markAnalyst(s, A, P2, 'in-progress', 2);
    const restored = State.parse(JSON.parse(JSON.stringify(s)));
    expect(restored).toEqual(s);
    expect(nextStep(restored)).toBe('grant.add-user');
    expect(nextAnalyst(restored, A)?.niss).toBe(P2);
    expect(companySummary(restored, A)).toEqual(companySummary(s, A));
  });

  it('a current company that was removed: picks the first incomplete company', () => {
    let s = ensureCompany(ensureCompany(fresh(), { enterpriseNumber: A }), { enterpriseNumber: B });
    s = { ...s, currentCompany: null };
    expect(nextCompany(s)).toBe(A);
    expect(nextStep(s)).toBe('connect.pick-company');
  });
});

describe('registration as the pages show it (refused, then another company registered)', () => {
  const ATELIER = { enterpriseNumber: C, name: 'Atelier Peeters SRL' };
  // The client typed B (refused: not the legal representative), then registered C, then granted both analysts.
  function refusedThenRegistered(): State {
    let s = recordRegistration(fresh(), { registration: 'not-legal-representative', enterpriseNumber: B });
    s = recordRegistration(s, { registration: 'needed', ...ATELIER });
    s = recordRegistration(s, {
      registration: 'done',
      message: "L'entreprise Atelier Peeters SRL est enregistrée. Un e-mail d'information a été envoyé.",
    });
    for (const niss of [P1, P2]) s = markAnalyst(s, C, niss, 'granted', 10);
    return valid(s);
  }

  it('the refused company stays refused; the registered one is done and current', () => {
    const s = refusedThenRegistered();
    expect(s.companies.map((c) => [c.enterpriseNumber, c.registration])).toEqual([
      [B, 'not-legal-representative'],
      [C, 'done'],
    ]);
    expect(s.currentCompany).toBe(C);
  });

  it('the job ends for the companies the client can register; the refused one waits for its legal representative', () => {
    const s = refusedThenRegistered();
    expect(allGranted(s)).toBe(true);
    expect(nextCompany(s)).toBeNull();
    expect(nextStep(s)).toBe('notify.email');
    // Alone, a refused company is where the client stands: its step explains the refusal.
    const alone = recordRegistration(fresh(), {
      registration: 'not-legal-representative',
      enterpriseNumber: B,
    });
    expect(allGranted(alone)).toBe(false);
    expect(nextStep(alone)).toBe('register.not-legal-representative');
  });

  it('a refusal does not move the current company; a registration makes it current', () => {
    let s = setCurrentCompany(fresh(), A);
    s = recordRegistration(s, { registration: 'not-legal-representative', enterpriseNumber: B });
    expect(s.currentCompany).toBe(A);
    s = recordRegistration(s, { registration: 'done', enterpriseNumber: C, name: 'Atelier Peeters SRL' });
    expect(s.currentCompany).toBe(C);
    expect(s.companies.find((c) => c.enterpriseNumber === C)?.name).toBe('Atelier Peeters SRL');
  });

  it('a refusal on a fresh install (no company known yet) does not make the refused company current', () => {
    const s = recordRegistration(fresh(), { registration: 'not-legal-representative', enterpriseNumber: B });
    expect(s.companies.map((c) => [c.enterpriseNumber, c.registration])).toEqual([
      [B, 'not-legal-representative'],
    ]);
    expect(s.currentCompany).toBeNull();
    const registered = recordRegistration(s, { registration: 'done', enterpriseNumber: C, name: 'Atelier' });
    expect(registered.currentCompany).toBe(C);
  });

  it('a result page naming no known company, or two of them, records nothing', () => {
    let s = ensureCompany(fresh(), { enterpriseNumber: A, name: 'Dupont' });
    s = ensureCompany(s, { enterpriseNumber: B, name: 'Dupont Immo' });
    expect(
      recordRegistration(s, { registration: 'done', message: "L'entreprise Atelier SRL est enregistrée." }),
    ).toBe(s);
    // « Dupont » is a word of « Dupont Immo » too: both are named, so neither is chosen.
    expect(
      recordRegistration(s, { registration: 'done', message: "L'entreprise Dupont Immo est enregistrée." }),
    ).toBe(s);
    expect(
      recordRegistration(s, { registration: 'done', message: 'Entreprise « Dupont » enregistrée.' })
        .companies[0]?.registration,
    ).toBe('done');
  });
});

describe('the facts of one page observation', () => {
  it('are recorded in order, as the separate marks they replace', () => {
    const facts = [
      { kind: 'registration', registration: 'done', enterpriseNumber: C, name: 'Atelier Peeters SRL' },
      { kind: 'analyst', enterpriseNumber: C, niss: P1, status: 'granted' },
      { kind: 'analyst', enterpriseNumber: C, niss: P2, status: 'problem', note: 'skipped' },
    ] as const;
    const once = valid(recordFacts(fresh(), facts, 10));
    let separate = recordRegistration(fresh(), {
      registration: 'done',
      enterpriseNumber: C,
      name: 'Atelier Peeters SRL',
    });
    separate = markAnalyst(separate, C, P1, 'granted', 10);
    separate = markAnalyst(separate, C, P2, 'problem', 10, 'skipped');
    expect(once).toEqual(separate);
    expect(recordFacts(once, [], 20)).toBe(once);
  });
});
