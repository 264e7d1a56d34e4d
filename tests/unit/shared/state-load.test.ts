import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState, STATE_VERSION, State } from '../../../src/shared/state.ts';
import { loadState, type Migrations } from '../../../src/shared/state-load.ts';

// Reading a stored state never throws: damaged parts are reset, valid parts kept, and every repair is noted.

const NOW = 1_800_000_000_000;
const company = (enterpriseNumber: string, name = 'Boulangerie Test SRL') => ({
  enterpriseNumber,
  name,
  registration: 'unknown' as const,
  analysts: {},
});
const GOOD_A = '0123456749';
const GOOD_B = '0200068636';

function stored(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...defaultState(), companies: [company(GOOD_A)], currentCompany: GOOD_A, ...overrides };
}

describe('loadState', () => {
  it('starts from the defaults when nothing is stored, without noting a problem', () => {
    for (const nothing of [undefined, null]) {
      expect(loadState(nothing, NOW)).toEqual({ state: defaultState(), problems: [] });
    }
  });

  it('keeps a valid stored state as it is', () => {
    const value = stored({ notifiedAt: NOW - 5, settings: { uiLocale: 'nl' } });
    expect(loadState(value, NOW)).toEqual({ state: value, problems: [] });
  });

  it.each([
    ['a string', 'state'],
    ['a number', 42],
    ['an array', [stored()]],
    ['a boolean', true],
  ])('resets everything when the stored value is %s, and notes it', (_what, value) => {
    const { state, problems } = loadState(value, NOW);
    expect(problems).toEqual(['stored state was not an object; everything was reset to defaults']);
    expect(state).toEqual({
      ...defaultState(),
      profileUnreadable: true,
      recoveryNotes: [{ at: NOW, message: problems[0] }],
    });
  });

  it('resets a damaged field to its default and keeps the others', () => {
    const value = stored({ settings: { uiLocale: 'xx' }, notifiedAt: 'yesterday' });
    const { state, problems } = loadState(value, NOW);
    expect(state.settings).toEqual(defaultState().settings);
    expect(state.notifiedAt).toBeNull();
    expect(state.companies).toEqual([company(GOOD_A)]);
    expect(state.currentCompany).toBe(GOOD_A);
    expect(problems).toEqual([
      expect.stringMatching(/^notifiedAt: invalid \(.+\), reset to default$/),
      expect.stringMatching(/^settings: invalid \(.+\), reset to default$/),
    ]);
    expect(state.recoveryNotes).toEqual(problems.map((message) => ({ at: NOW, message })));
    expect(State.safeParse(state).success).toBe(true);
  });

  it('resets an enterprise number whose check digits are wrong', () => {
    const { state, problems } = loadState(stored({ currentCompany: '0123456748' }), NOW);
    expect(state.currentCompany).toBeNull();
    expect(problems).toEqual([expect.stringMatching(/^currentCompany: invalid/)]);
  });

  it('resets the whole profile when one analyst in it is invalid (a profile is not a list of parts)', () => {
    const profile = defaultState().profile;
    const damaged = { ...profile, analysts: [...profile.analysts, { name: 'X', niss: '123' }] };
    const { state, problems } = loadState(stored({ profile: damaged }), NOW);
    expect(state.profile).toEqual(defaultState().profile);
    expect(problems).toEqual([expect.stringMatching(/^profile: invalid/)]);
    // The stand-in is the default profile: the guide must not act for its analysts.
    expect(state.profileUnreadable).toBe(true);
    expect(loadState(stored(), NOW).state.profileUnreadable).toBe(false);
    expect(loadState('garbage', NOW).state.profileUnreadable).toBe(true);
  });

  it('drops the invalid entries of a list and keeps the valid ones, saying how many', () => {
    const one = loadState(stored({ companies: [company(GOOD_A), company('12'), company(GOOD_B)] }), NOW);
    expect(one.state.companies).toEqual([company(GOOD_A), company(GOOD_B)]);
    expect(one.problems).toEqual(['companies: 1 invalid entry was dropped']);

    const two = loadState(stored({ companies: [{ name: 'no number' }, company(GOOD_B), 7] }), NOW);
    expect(two.state.companies).toEqual([company(GOOD_B)]);
    expect(two.problems).toEqual(['companies: 2 invalid entries were dropped']);
  });

  it('resets a list in which no entry is valid', () => {
    const { state, problems } = loadState(stored({ companies: [company('1'), null] }), NOW);
    expect(state.companies).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^companies: invalid \(.+\), reset to default$/)]);
  });

  it('resets a list that is not a list', () => {
    const { state, problems } = loadState(stored({ companies: { [GOOD_A]: company(GOOD_A) } }), NOW);
    expect(state.companies).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^companies: invalid/)]);
  });

  it('drops fields it does not know', () => {
    const { state, problems } = loadState(stored({ password: 'never', extra: { a: 1 } }), NOW);
    expect(state).not.toHaveProperty('password');
    expect(state).not.toHaveProperty('extra');
    expect(problems).toEqual([]);
  });

  it('fills in fields that are missing with their defaults, silently', () => {
    const { lastPage: _lastPage, settings: _settings, ...rest } = stored();
    const { state, problems } = loadState(rest, NOW);
    expect(state.lastPage).toBeNull();
    expect(state.settings).toEqual(defaultState().settings);
    expect(state.companies).toEqual([company(GOOD_A)]);
    expect(problems).toEqual([]);
  });

  it('keeps what fits from a state written by a newer version, and says so', () => {
    const newer = stored({ version: STATE_VERSION + 1, futureField: true, settings: { uiLocale: 'de' } });
    const { state, problems } = loadState(newer, NOW);
    expect(state.version).toBe(STATE_VERSION);
    expect(state.settings).toEqual({ uiLocale: 'de' });
    expect(state.companies).toEqual([company(GOOD_A)]);
    expect(state).not.toHaveProperty('futureField');
    expect(problems).toEqual([
      `stored state has version ${STATE_VERSION + 1}, newer than ${STATE_VERSION}; unknown parts were dropped`,
    ]);
  });

  it('applies the migrations in order from the stored version up to the current one', () => {
    const from = STATE_VERSION - 2;
    const calls: number[] = [];
    const migrations: Migrations = {
      // Version n-2 named the list `firms`; n-1 renamed it to `companies` and kept numbers with dots.
      [from]: ({ firms, ...raw }) => {
        calls.push(from);
        return { ...raw, companies: firms, version: from + 1 };
      },
      [from + 1]: (raw) => {
        calls.push(from + 1);
        const companies = (raw.companies as { enterpriseNumber: string }[]).map((c) => ({
          ...c,
          enterpriseNumber: c.enterpriseNumber.replaceAll('.', ''),
        }));
        return { ...raw, companies };
      },
    };
    const { companies: _companies, ...rest } = stored();
    const old = { ...rest, version: from, firms: [{ ...company(GOOD_A), enterpriseNumber: '0123.456.749' }] };
    const { state, problems } = loadState(old, NOW, migrations);
    expect(calls).toEqual([from, from + 1]);
    expect(state.companies).toEqual([company(GOOD_A)]);
    expect(state.version).toBe(STATE_VERSION);
    expect(problems).toEqual([]);
  });

  it('stops at a missing migration, notes it, and keeps the fields that still fit', () => {
    const from = STATE_VERSION - 2;
    const migrations: Migrations = { [from]: (raw) => ({ ...raw, migrated: true }) };
    const { state, problems } = loadState(
      stored({ version: from, settings: { uiLocale: 'fr' }, notifiedAt: 'x' }),
      NOW,
      migrations,
    );
    expect(problems[0]).toBe(`no migration from version ${from + 1}; fields that do not fit were reset`);
    expect(state.settings).toEqual({ uiLocale: 'fr' });
    expect(state.notifiedAt).toBeNull();
    expect(state.version).toBe(STATE_VERSION);
  });

  it('treats a missing or non-integer version as version 0', () => {
    const seen: unknown[] = [];
    const migrations: Migrations = {
      0: (raw) => {
        seen.push(raw.version);
        return raw;
      },
    };
    for (const version of [undefined, '1', 1.5]) loadState(stored({ version }), NOW, migrations);
    expect(seen).toEqual([undefined, '1', 1.5]);
  });

  it('keeps the last 20 recovery notes, the newest last', () => {
    const old = Array.from({ length: 20 }, (_, i) => ({ at: i, message: `old ${i}` }));
    const { state } = loadState(stored({ recoveryNotes: old, settings: null }), NOW);
    expect(state.recoveryNotes).toHaveLength(20);
    expect(state.recoveryNotes[0]).toEqual({ at: 1, message: 'old 1' });
    expect(state.recoveryNotes[19]).toEqual({
      at: NOW,
      message: expect.stringMatching(/^settings: invalid/),
    });
  });

  it('does not change the value it was given', () => {
    const value = stored({ settings: { uiLocale: 'xx' }, companies: [company('1'), company(GOOD_A)] });
    const copy = structuredClone(value);
    loadState(value, NOW);
    expect(value).toEqual(copy);
  });

  it('never throws and always returns a valid state, whatever is stored', () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(...Object.values(stored())),
      fc.array(fc.oneof(fc.constant(company(GOOD_A)), fc.jsonValue())),
    );
    const keys = fc.constantFrom(...Object.keys(stored()), 'other');
    const arbitrary = fc.oneof(fc.jsonValue(), fc.dictionary(keys, field));
    fc.assert(
      fc.property(arbitrary, (value) => {
        const { state, problems } = loadState(value, NOW);
        expect(State.safeParse(state).success).toBe(true);
        expect(state.recoveryNotes.length).toBeLessThanOrEqual(20);
        if (problems.length > 0) expect(state.recoveryNotes.at(-1)?.at).toBe(NOW);
      }),
      { numRuns: 300 },
    );
  });
});
