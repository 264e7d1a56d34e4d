// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { ScreenData, ScreenId } from '../../../replica/render/index.ts';
import { renderScreen } from '../../../replica/render/index.ts';
import { detectOutcome, qualityOf } from '../../../src/engine/outcomes.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { parsePage, STATIC_VARIANTS } from './support/replica-pages.ts';

const [PRINCIPAL, BACKUP] = DEFAULT_PROFILE.analysts.map((a) => a.niss) as [string, string];
const BOULANGERIE = { name: 'Boulangerie Dupont SRL', enterpriseNumber: '0403170701' };
const IMMO = { name: 'Dupont Immo SA', enterpriseNumber: '0812345603' };

function outcomeOn(screen: ScreenId, data: ScreenData, options = {}) {
  return STATIC_VARIANTS.map((variant) => {
    const { doc, release } = parsePage(renderScreen(screen, variant, data));
    const outcome = detectOutcome(doc, DEFAULT_PROFILE, options);
    release();
    return { variant: `${variant.lang}-${variant.wording}-${variant.markup}`, outcome };
  });
}

describe('detectOutcome on replica pages (every static variant)', { timeout: 60_000 }, () => {
  test('the analyst is listed once the users list shows their NISS; other users are not analysts', () => {
    const users = [
      { niss: '65031512337', name: 'Jean Martin', rights: [] },
      { niss: PRINCIPAL, name: 'Analyste principal', rights: ['ECARO'] },
    ];
    for (const { variant, outcome } of outcomeOn('am-users', { users })) {
      expect(outcome, variant).toMatchObject({ listedNiss: [PRINCIPAL], errors: [], quality: 'manager' });
    }
  });

  test('a NISS in a heading, a sentence or a hint is not a listing', () => {
    const pending = { niss: PRINCIPAL, name: 'Analyste principal', rights: ['ECARO'] };
    for (const screen of ['am-rights', 'am-confirm', 'am-niss'] as const) {
      for (const { variant, outcome } of outcomeOn(screen, { pending, form: { niss: PRINCIPAL } })) {
        expect(outcome.listedNiss, `${screen} ${variant}`).toEqual([]);
      }
    }
  });

  test.each([
    ['am-niss', { error: 'invalid-niss' }, 'invalid-niss'],
    ['am-niss', { error: 'unknown-niss' }, 'invalid-niss'],
    ['am-niss', { error: 'already-exists' }, 'already-exists'],
    ['register-not-legal-rep', {}, 'not-legal-representative'],
    ['session-expired', {}, 'session-expired'],
  ] as const)('%s %j shows %s', (screen, data, error) => {
    for (const { variant, outcome } of outcomeOn(screen, data))
      expect(outcome.errors, variant).toEqual([error]);
  });

  test('no error on pages that show none', () => {
    for (const screen of ['am-niss', 'am-users', 'register-number', 'employer-info', 'home'] as const) {
      for (const { variant, outcome } of outcomeOn(screen, {}))
        expect(outcome.errors, `${screen} ${variant}`).toEqual([]);
    }
  });

  test('quality on the company-choice page: « utilisateur » is not a manager', () => {
    for (const { variant, outcome } of outcomeOn('company-choice', {}, { company: IMMO })) {
      expect(outcome.quality, variant).toBe('user');
    }
    for (const { variant, outcome } of outcomeOn('company-choice', {}, { company: BOULANGERIE })) {
      expect(outcome.quality, variant).toBe('manager');
    }
  });

  test('quality from the logged-in header', () => {
    for (const quality of ['principal', 'manager', 'user'] as const) {
      const company = { ...BOULANGERIE, quality };
      for (const { variant, outcome } of outcomeOn('home', { company })) {
        expect(outcome.quality, variant).toBe(quality === 'user' ? 'user' : 'manager');
      }
    }
  });
});

describe('detectOutcome on hand-made pages', () => {
  test('NISS in any format: dots, dashes, spaces, bare', () => {
    for (const written of [
      '70.04.12-436.23',
      '70041243623',
      '700412 436 23',
      '70-04-12-436-23',
      '70.04.12 436-23',
    ]) {
      document.body.innerHTML = `<table><tr><td>${written}</td><td>Analyste</td></tr>
        <tr><td>65.03.15-123.37</td></tr></table>`;
      expect(detectOutcome(document, DEFAULT_PROFILE).listedNiss, written).toEqual([PRINCIPAL]);
    }
  });

  test('both analysts, in the profile order; a wrong check digit is not a NISS', () => {
    document.body.innerHTML = `<ul><li>${BACKUP}</li><li>70041243624</li><li>${PRINCIPAL}</li></ul>`;
    expect(detectOutcome(document, DEFAULT_PROFILE).listedNiss).toEqual([PRINCIPAL, BACKUP]);
    document.body.innerHTML = '<ul><li>70041243624</li></ul>';
    expect(detectOutcome(document, DEFAULT_PROFILE).listedNiss).toEqual([]);
  });

  test('an error text outside a message box or heading (help text) is not an error', () => {
    document.body.innerHTML = '<p>Si cet utilisateur existe déjà, modifiez ses droits.</p>';
    expect(detectOutcome(document, DEFAULT_PROFILE).errors).toEqual([]);
    document.body.innerHTML = '<div class="errorBox">Cet utilisateur existe déjà.</div>';
    expect(detectOutcome(document, DEFAULT_PROFILE).errors).toEqual(['already-exists']);
  });

  test('qualityOf names a whole caption only', () => {
    expect(qualityOf('Utilisateur')).toBe('user');
    expect(qualityOf('GEBRUIKER')).toBe('user');
    expect(qualityOf("Gestionnaire d'accès principal — ACME")).toBe('manager');
    expect(qualityOf('Hoofdtoegangsbeheerder')).toBe('manager');
    expect(qualityOf('Utilisateurs du groupe')).toBeNull();
    expect(qualityOf('Utilisateur, Gestionnaire')).toBeNull();
  });
});

describe('the company a registration page shows (not the one the popup is on)', { timeout: 60_000 }, () => {
  const ATELIER = {
    name: 'Atelier Peeters SRL',
    enterpriseNumber: '0765432146',
    quality: 'principal' as const,
  };

  test('the refusal names the refused number; the confirmation table the company with its name', () => {
    for (const { variant, outcome } of outcomeOn('register-not-legal-rep', {
      refusedNumber: ATELIER.enterpriseNumber,
      company: { ...BOULANGERIE, quality: 'principal' },
    }))
      expect(outcome.shown, variant).toEqual({ enterpriseNumber: ATELIER.enterpriseNumber, name: '' });
    for (const { variant, outcome } of outcomeOn('register-contact-confirm', { company: ATELIER }))
      expect(outcome.shown, variant).toEqual({
        enterpriseNumber: ATELIER.enterpriseNumber,
        name: ATELIER.name,
      });
  });

  test('the result page names the company in its message, without its number', () => {
    for (const { variant, outcome } of outcomeOn('register-done', { company: ATELIER })) {
      expect(outcome.shown, variant).toBeNull();
      expect(outcome.message, variant).toContain(ATELIER.name);
    }
  });

  test('two different numbers in the content: none is shown (right or silent)', () => {
    document.body.innerHTML = '<p>Entreprises 0403.170.701 et 0812.345.603</p>';
    expect(detectOutcome(document, DEFAULT_PROFILE).shown).toBeNull();
    document.body.innerHTML =
      '<table><tr><td><strong>Dupont Immo SA</strong> (0812.345.603)</td></tr></table>';
    expect(detectOutcome(document, DEFAULT_PROFILE).shown).toEqual({
      enterpriseNumber: IMMO.enterpriseNumber,
      name: IMMO.name,
    });
  });
});
