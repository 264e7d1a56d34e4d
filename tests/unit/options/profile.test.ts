import { describe, expect, it } from 'vitest';
import { exportProfile, parseProfileFile } from '../../../src/options/profile-file.ts';
import { toForm, validateForm } from '../../../src/options/profile-form.ts';
import { resolveProfile } from '../../../src/shared/managed-profile.ts';
import { DEFAULT_PROFILE, type Profile } from '../../../src/shared/profile.ts';

const other: Profile = {
  firmName: 'Payroll & Co',
  firmEmail: 'acces@payroll.example',
  analysts: [{ name: 'Ann', niss: '70041243623' }],
  rights: ['dimona-declaration', 'ecaro'],
  teamviewerUrl: 'https://get.teamviewer.com/payroll',
};

describe('the profile form', () => {
  it('gives the default profile back unchanged', () => {
    expect(validateForm(toForm(DEFAULT_PROFILE))).toEqual({ ok: true, profile: DEFAULT_PROFILE });
  });

  it('accepts a NISS typed with dots and dashes and stores its 11 digits', () => {
    const form = toForm(other);
    form.analysts = [{ name: ' Ann ', niss: '70.04.12-436.23' }];
    expect(validateForm(form)).toEqual({
      ok: true,
      profile: { ...other, analysts: [{ name: 'Ann', niss: '70041243623' }] },
    });
  });

  it('says what is wrong, field by field', () => {
    const result = validateForm({
      firmName: ' ',
      firmEmail: 'hello-at-firm',
      analysts: [
        { name: 'A', niss: '70041243624' },
        { name: '', niss: '7004124362' },
        { name: 'C', niss: '82083026729' },
        { name: 'D', niss: '82.08.30-267.29' },
      ],
      rights: [],
      teamviewerUrl: 'http://www.teamviewer.com',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        firmName: { key: 'options_error_required' },
        firmEmail: { key: 'options_error_email' },
        teamviewerUrl: { key: 'options_error_url' },
        'analysts.0.niss': { idKind: 'niss', reason: 'check-digits', input: '70041243624' },
        'analysts.1.name': { key: 'options_error_required' },
        'analysts.1.niss': { idKind: 'niss', reason: 'length', input: '7004124362' },
        'analysts.3.niss': { key: 'options_error_duplicate_niss' },
        rights: { key: 'options_error_no_right' },
      },
    });
  });

  it('needs at least one analyst', () => {
    expect(validateForm({ ...toForm(other), analysts: [] })).toMatchObject({
      ok: false,
      errors: { analysts: { key: 'options_error_no_analyst' } },
    });
  });
});

describe('profile files', () => {
  it('round-trip: an exported profile imports as it was', () => {
    expect(parseProfileFile(exportProfile(other))).toEqual({ ok: true, profile: other });
  });

  it('refuse what is not JSON, not a profile file, or too large', () => {
    expect(parseProfileFile('{ profile: ')).toEqual({
      ok: false,
      problems: [{ path: '', problem: { key: 'options_import_not_json' } }],
    });
    expect(parseProfileFile('[1]')).toEqual({
      ok: false,
      problems: [{ path: '', problem: { key: 'options_import_not_profile' } }],
    });
    expect(parseProfileFile(' '.repeat(100_001))).toMatchObject({ ok: false });
  });

  it('name every wrong field with its path and the reason', () => {
    const file = JSON.stringify({
      profile: {
        firmName: 'Payroll & Co',
        firmEmail: 'not an address',
        analysts: [{ name: 'Ann', niss: '70041243624' }, { niss: '82083026729' }],
        rights: ['every-right'],
      },
      extra: true,
    });
    const result = parseProfileFile(file);
    if (result.ok) throw new Error('accepted a bad file');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'profile.firmEmail', problem: { key: 'options_import_problem_format' } },
        {
          path: 'profile.analysts[0].niss',
          problem: { idKind: 'niss', reason: 'check-digits', input: '70041243624' },
        },
        { path: 'profile.analysts[1].name', problem: { key: 'options_import_problem_missing' } },
        { path: 'profile.rights[0]', problem: { key: 'options_import_problem_value' } },
        { path: 'profile.teamviewerUrl', problem: { key: 'options_import_problem_missing' } },
        { path: 'extra', problem: { key: 'options_import_problem_unknown' } },
      ]),
    );
    expect(result.problems).toHaveLength(6);
  });
});

describe('the effective profile (managed storage wins)', () => {
  it('is the local profile when nothing is managed', () => {
    expect(resolveProfile(DEFAULT_PROFILE, undefined)).toEqual({
      profile: DEFAULT_PROFILE,
      source: 'local',
      problems: [],
    });
  });

  it('is the managed profile when it is valid, whatever was edited locally', () => {
    expect(resolveProfile(DEFAULT_PROFILE, other)).toEqual({
      profile: other,
      source: 'managed',
      problems: [],
    });
  });

  it('keeps the local profile and reports why when the managed one is invalid', () => {
    const resolved = resolveProfile(DEFAULT_PROFILE, { ...other, analysts: [{ name: 'Ann', niss: '123' }] });
    expect(resolved.source).toBe('local');
    expect(resolved.profile).toBe(DEFAULT_PROFILE);
    expect(resolved.problems.join('\n')).toContain('analysts.0.niss');
  });
});
