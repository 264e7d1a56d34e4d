import { describe, expect, it } from 'vitest';
import { parseLearnedFile } from '../../../src/options/learned-file.ts';
import { parseProfileFile } from '../../../src/options/profile-file.ts';
import { type Fingerprint, MAX_LEARNED } from '../../../src/shared/fingerprint-schema.ts';
import { planLearnedImport } from '../../../src/shared/learned-merge.ts';
import { resolveLearned } from '../../../src/shared/managed-profile.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';

// Issue 14: an import shows what it changes and never evicts a stored correction (a set too large is refused with
// the figures); corrections deployed by the firm's policy win for their steps; hostile files and policy values are
// refused or ignored, never obeyed and never a crash.

const fp = (
  name: string,
  stepId: Fingerprint['stepId'] = 'grant.add-user',
  more: Partial<Fingerprint> = {},
) => ({ stepId, role: 'button', name, words: ['add'], ...more }) as Fingerprint;

const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => fp(`${prefix}${i}`));

describe('planning a corrections import', () => {
  it('names what is added, what is changed and how many are already stored as they are', () => {
    const stored = [fp('Ajouter', 'grant.add-user', { learnedAt: 1 }), fp('Suivant', 'grant.niss')];
    const plan = planLearnedImport(stored, [
      fp('Ajouter', 'grant.add-user', { learnedAt: 9 }), // same signals, only the date: unchanged
      fp('Suivant', 'grant.niss', { words: ['next'] }), // same element, other words: changed
      fp('Enregistrer', 'grant.save'), // new
    ]);
    expect(plan).toEqual({
      ok: true,
      merged: [
        fp('Ajouter', 'grant.add-user', { learnedAt: 9 }),
        fp('Suivant', 'grant.niss', { words: ['next'] }),
        fp('Enregistrer', 'grant.save'),
      ],
      added: [{ stepId: 'grant.save', role: 'button', name: 'Enregistrer' }],
      changed: [{ stepId: 'grant.niss', role: 'button', name: 'Suivant' }],
      unchanged: 1,
    });
  });

  it('keeps the last copy of an element that the file holds twice', () => {
    const plan = planLearnedImport([], [fp('A', 'grant.save', { words: ['x'] }), fp('A', 'grant.save')]);
    expect(plan.ok && plan.merged).toEqual([fp('A', 'grant.save')]);
    expect(plan.ok && plan.added).toHaveLength(1);
  });

  it('never evicts a stored correction: a set that would not fit is refused as a whole, with the figures', () => {
    const stored = many(MAX_LEARNED - 10, 'local');
    expect(planLearnedImport(stored, many(11, 'new'))).toEqual({
      ok: false,
      reason: 'too-many',
      stored: MAX_LEARNED - 10,
      adding: 11,
      max: MAX_LEARNED,
    });
    // Exactly full is fine, and every stored one is still there.
    const full = planLearnedImport(stored, many(10, 'new'));
    expect(full.ok && full.merged).toHaveLength(MAX_LEARNED);
    expect(full.ok && stored.every((old) => full.merged.includes(old))).toBe(true);
    // Corrections already stored do not count twice.
    const again = planLearnedImport(many(MAX_LEARNED, 'local'), many(MAX_LEARNED, 'local'));
    expect(again.ok && again.unchanged).toBe(MAX_LEARNED);
  });
});

describe('managed corrections (the firm policy, beside the profile)', () => {
  const local = [fp('Ajouter local', 'grant.add-user'), fp('Se connecter', 'connect.start')];

  it('win for the steps they cover; the local ones of other steps are still used', () => {
    const policy = { version: 1, fingerprints: [fp('Ajouter', 'grant.add-user'), fp('OK', 'grant.save')] };
    const resolved = resolveLearned(local, policy);
    expect(resolved.fingerprints).toEqual([...policy.fingerprints, fp('Se connecter', 'connect.start')]);
    expect(resolved).toMatchObject({
      managed: 2,
      managedSteps: ['grant.add-user', 'grant.save'],
      overridden: 1,
      problems: [],
    });
  });

  it('change nothing when there is no policy value', () => {
    expect(resolveLearned(local, undefined)).toEqual({
      fingerprints: local,
      managed: 0,
      managedSteps: [],
      overridden: 0,
      problems: [],
    });
  });

  it.each([
    ['a string', 'corrections'],
    ['a number', 42],
    ['an array', [fp('A')]],
    ['a newer version', { version: 2, fingerprints: [] }],
    ['fingerprints that are not a list', { version: 1, fingerprints: { 0: fp('A') } }],
    ['a role no step allows', { version: 1, fingerprints: [{ ...fp('A'), role: 'div' }] }],
    ['an unknown step', { version: 1, fingerprints: [{ ...fp('A'), stepId: 'grant.everything' }] }],
    ['too many', { version: 1, fingerprints: many(MAX_LEARNED + 1, 'x') }],
  ])('of the wrong shape (%s) are ignored with the reason, never a crash', (_what, value) => {
    const resolved = resolveLearned(local, value);
    expect(resolved.fingerprints).toEqual(local);
    expect(resolved.managed).toBe(0);
    expect(resolved.problems.length).toBeGreaterThan(0);
    expect(resolved.problems.length).toBeLessThanOrEqual(20);
  });
});

describe('hostile import files', () => {
  it('refuses oversized files before reading them', () => {
    const huge = `{"version":1,"fingerprints":[],"pad":"${'x'.repeat(3_000_000)}"}`;
    expect(parseLearnedFile(huge)).toEqual({
      ok: false,
      problems: [{ path: '', problem: { key: 'options_learned_too_large' } }],
    });
    const big = JSON.stringify({ profile: { ...DEFAULT_PROFILE, firmName: 'x'.repeat(100_000) } });
    expect(parseProfileFile(big)).toEqual({
      ok: false,
      problems: [{ path: '', problem: { key: 'options_import_too_large' } }],
    });
  });

  it.each(['null', '[]', '"text"', '42', '{"version":1,"fingerprints":"all"}', '{"version":1}'])(
    'refuses a corrections file of the wrong shape: %s',
    (text) => {
      expect(parseLearnedFile(text).ok).toBe(false);
    },
  );

  it('does not let __proto__ or constructor keys reach any prototype', () => {
    const hostile = `{
      "__proto__": { "polluted": "set" },
      "version": 1,
      "fingerprints": [{
        "stepId": "grant.save", "role": "button", "name": "OK", "words": [],
        "__proto__": { "polluted": "fp" },
        "constructor": { "prototype": { "polluted": "ctor" } }
      }]
    }`;
    const parsed = parseLearnedFile(hostile);
    // Accepted as a set whose unknown keys are dropped: nothing is polluted.
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const [one] = parsed.value.fingerprints;
      expect(Object.keys(one ?? {})).toEqual(['stepId', 'role', 'name', 'words']);
      expect(Object.getPrototypeOf(one)).toBe(Object.prototype);
      const plan = planLearnedImport([], parsed.value.fingerprints);
      expect(plan.ok && Object.getPrototypeOf(plan.merged[0])).toBe(Object.prototype);
      resolveLearned([], JSON.parse(hostile));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    const profile = `{"profile": ${JSON.stringify(DEFAULT_PROFILE).replace('{', '{"__proto__":{"polluted":"profile"},')}, "__proto__": {"polluted": "top"}}`;
    const result = parseProfileFile(profile);
    // The profile file is strict: an unknown key (even __proto__) is refused and named.
    expect(result).toMatchObject({ ok: false, problems: [{ path: '__proto__' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
