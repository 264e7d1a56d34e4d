import { describe, expect, it, vi } from 'vitest';
import { CATALOGS } from '../../../src/shared/i18n.ts';
import { defaultState } from '../../../src/shared/state.ts';
import { translator, withFallback } from '../../../src/ui/locale.ts';
import { stateWithProgress } from '../popup/mock-api.ts';

// badge.ts also holds the glue that installs the badge; the extension API is not needed for badgeFor.
vi.mock('../../../src/shared/browser.ts', () => ({ browser: {} }));
const { badgeFor, badgeInputsChanged } = await import('../../../src/background/badge.ts');
// The translators the badge's glue makes: the client's language over French.
const FR = translator(CATALOGS.fr);
const NL = translator(withFallback(CATALOGS.nl, CATALOGS.fr));

describe('the toolbar badge', () => {
  it('is empty while no company is being worked on', () => {
    expect(badgeFor(defaultState(), FR).text).toBe('');
  });

  it('counts the analysts who have access for the current company', () => {
    const state = stateWithProgress();
    expect(badgeFor(state, FR)).toEqual({
      text: '1/2',
      title: 'Accès ONSS – Boulangerie Dupont SRL : 1 analyste sur 2 a ses accès',
      color: '#8a4b00',
    });
    state.currentCompany = '0987654394';
    expect(badgeFor(state, NL).text).toBe('0/2');
    expect(badgeFor(state, NL).title).toBe(
      'RSZ-toegang – Garage Peeters BV: 0 van de 2 analisten hebben toegang',
    );
  });

  it('turns green when every analyst of the profile has access (already a user counts)', () => {
    const state = stateWithProgress();
    const company = state.companies[0];
    if (!company) throw new Error('fixture');
    company.analysts['82083026729'] = { status: 'already-user', updatedAt: 3 };
    expect(badgeFor(state, FR)).toMatchObject({ text: '2/2', color: '#0f6b2f' });
  });

  it('is not recomputed when a write only notes the page the client is on', () => {
    const before = stateWithProgress();
    const seen = {
      ...before,
      lastPage: { url: 'https://www.socialsecurity.be/', stepId: null, lang: 'fr' as const, at: 5 },
    };
    expect(badgeInputsChanged({ oldValue: before, newValue: seen })).toBe(false);
    expect(badgeInputsChanged({ oldValue: seen, newValue: { ...seen, currentCompany: '0987654394' } })).toBe(
      true,
    );
    expect(badgeInputsChanged({ newValue: seen })).toBe(true);
  });
});
