import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/shared/profile.ts';
import { profileChanges } from '../../../src/ui/import-preview.ts';

// What a profile file would change, shown before it replaces anything (src/ui/import-preview.ts): who would receive
// access (names and NISS), who would not any more, the firm's details and the rights.

const file: Profile = {
  firmName: 'Payroll & Co',
  firmEmail: 'acces@payroll.example',
  analysts: [
    { name: 'Ann Peeters', niss: '70041243623' },
    { name: 'Nouvel analyste', niss: '85073003328' },
  ],
  rights: ['dimona-declaration', 'ecaro', 'limosa'],
  teamviewerUrl: 'https://get.teamviewer.com/payroll',
};

describe('the changes a profile file would make', () => {
  it('names the firm details, the analysts added, renamed and removed (by NISS), and the rights', () => {
    expect(profileChanges(DEFAULT_PROFILE, file)).toEqual({
      firmName: { from: 'e-thicHR', to: 'Payroll & Co' },
      firmEmail: { from: 'hello@e-thichr.com', to: 'acces@payroll.example' },
      teamviewerUrl: {
        from: 'https://www.teamviewer.com/fr/download/windows/',
        to: 'https://get.teamviewer.com/payroll',
      },
      analystsAdded: [{ name: 'Nouvel analyste', niss: '85073003328' }],
      analystsRemoved: [{ name: 'Analyste back-up', niss: '82083026729' }],
      analystsRenamed: [{ niss: '70041243623', from: 'Analyste principal', to: 'Ann Peeters' }],
      rightsAdded: ['limosa'],
      rightsRemoved: ['consultation-factures', 'dmfa-modification'],
      same: false,
      unreadable: false,
    });
  });

  it('says when nothing would change, and sees a new order of the analysts as a change', () => {
    expect(profileChanges(DEFAULT_PROFILE, structuredClone(DEFAULT_PROFILE)).same).toBe(true);
    const swapped = { ...DEFAULT_PROFILE, analysts: [...DEFAULT_PROFILE.analysts].reverse() };
    const changes = profileChanges(DEFAULT_PROFILE, swapped);
    expect(changes.same).toBe(false);
    expect(changes.analystsAdded).toEqual([]);
    expect(changes.analystsRemoved).toEqual([]);
  });

  it('sees an analyst whose NISS changed as one removed and one added, never as a rename', () => {
    const other = { ...DEFAULT_PROFILE, analysts: [{ name: 'Analyste principal', niss: '85073003328' }] };
    const changes = profileChanges(DEFAULT_PROFILE, other);
    expect(changes.analystsAdded).toEqual([{ name: 'Analyste principal', niss: '85073003328' }]);
    expect(changes.analystsRemoved.map((a) => a.niss)).toEqual(['70041243623', '82083026729']);
    expect(changes.analystsRenamed).toEqual([]);
  });

  it('compares a file with nothing when the stored profile is unreadable: no default analyst « removed »', () => {
    // The defaults stand in for an unreadable profile; they were never the firm's choice.
    const changes = profileChanges('unreadable', DEFAULT_PROFILE);
    expect(changes).toEqual({
      firmName: { from: null, to: DEFAULT_PROFILE.firmName },
      firmEmail: { from: null, to: DEFAULT_PROFILE.firmEmail },
      teamviewerUrl: { from: null, to: DEFAULT_PROFILE.teamviewerUrl },
      analystsAdded: DEFAULT_PROFILE.analysts,
      analystsRemoved: [],
      analystsRenamed: [],
      rightsAdded: DEFAULT_PROFILE.rights,
      rightsRemoved: [],
      // Even a file equal to the defaults changes something: it makes the profile readable again.
      same: false,
      unreadable: true,
    });
    expect(profileChanges('unreadable', file).analystsRemoved).toEqual([]);
  });
});
