import { describe, expect, it } from 'vitest';
import { validateCompanyInput } from '../../../src/popup/company-form.ts';
import { companyViews, detectedCompany, employerPageUrl, whereView } from '../../../src/popup/view-model.ts';
import { CATALOGS } from '../../../src/shared/i18n.ts';
import { STEP_IDS } from '../../../src/shared/steps.ts';
import { nextKey, stepKey } from '../../../src/ui/labels.ts';
import { resolveLocale, translator, UI_LOCALES, withFallback } from '../../../src/ui/locale.ts';
import { stateWithProgress } from './mock-api.ts';

const PORTAL = 'https://www.socialsecurity.be/app000/umoe/users.htm';

describe('where the client is', () => {
  const lastPage = { url: `${PORTAL}#x`, stepId: 'grant.add-user', lang: 'fr' as const, at: 1 };

  it('names the step recognised on the active tab', () => {
    expect(whereView(PORTAL, lastPage, 'fr')).toEqual({ kind: 'step', stepId: 'grant.add-user' });
  });

  it('says the page is not recognised when the last recognition was for another page or no step', () => {
    expect(whereView('https://www.socialsecurity.be/other', lastPage, 'fr')).toEqual({
      kind: 'portal-unknown',
    });
    expect(whereView(PORTAL, { ...lastPage, stepId: null }, 'fr')).toEqual({ kind: 'portal-unknown' });
    expect(whereView(PORTAL, { ...lastPage, stepId: 'not.a-step' }, 'fr')).toEqual({
      kind: 'portal-unknown',
    });
  });

  it('offers the employer page, in Dutch for a Dutch UI, when the active tab is elsewhere', () => {
    expect(whereView(null, lastPage, 'fr')).toEqual({
      kind: 'off-portal',
      employerUrl: 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm',
    });
    expect(whereView('https://example.com/', null, 'nl')).toEqual({
      kind: 'off-portal',
      employerUrl: 'https://www.socialsecurity.be/site_nl/employer/infos/index.htm',
    });
    expect(employerPageUrl('de')).toContain('/site_fr/');
  });
});

describe('progress per company', () => {
  it('lists registration and every analyst of the profile, pending when nothing is recorded', () => {
    const [first, second] = companyViews(stateWithProgress());
    expect(first).toMatchObject({ isCurrent: true, registration: 'done', done: 1, total: 2 });
    expect(first?.analysts.map((a) => [a.name, a.status])).toEqual([
      ['Analyste principal', 'granted'],
      ['Analyste back-up', 'in-progress'],
    ]);
    expect(second).toMatchObject({ isCurrent: false, done: 0, total: 2 });
    expect(second?.analysts.every((a) => a.status === 'pending')).toBe(true);
  });

  it('offers a company read on the portal only when it is not in the list', () => {
    const state = stateWithProgress();
    state.lastPage = {
      url: PORTAL,
      stepId: null,
      lang: 'fr',
      at: 1,
      company: { name: 'Nouvelle SA', enterpriseNumber: '0403170701' },
    };
    expect(detectedCompany(state)).toEqual({ name: 'Nouvelle SA', enterpriseNumber: '0403170701' });
    state.lastPage.company = { name: 'Boulangerie Dupont SRL', enterpriseNumber: '0123456749' };
    expect(detectedCompany(state)).toBeNull();
  });
});

describe('adding a company by hand', () => {
  it('accepts a valid number in any usual writing and keeps the 10 digits', () => {
    expect(validateCompanyInput('BE 0403.170.701', ' Nouvelle SA ', [])).toEqual({
      ok: true,
      enterpriseNumber: '0403170701',
      name: 'Nouvelle SA',
    });
  });

  it('explains a wrong number, a known one and a missing name', () => {
    expect(validateCompanyInput('0403.170.702', 'X', [])).toEqual({
      ok: false,
      numberError: { idKind: 'enterprise', reason: 'check-digits', input: '0403.170.702' },
    });
    expect(validateCompanyInput('0123456749', '', ['0123456749'])).toEqual({
      ok: false,
      numberError: { key: 'popup_company_error_known' },
      nameError: { key: 'popup_company_error_name' },
    });
  });
});

describe('page language', () => {
  it('follows the override, else the browser when it is one of ours, else French', () => {
    expect(resolveLocale('nl', 'fr-BE')).toBe('nl');
    expect(resolveLocale('auto', 'de-DE')).toBe('de');
    expect(resolveLocale('auto', 'es-ES')).toBe('fr');
  });

  it('translates with the chosen catalog, falls back to French, and shows an unknown key as itself', () => {
    const t = translator(
      withFallback(
        { popup_companies_title: CATALOGS.nl.popup_companies_title ?? { message: '' } },
        CATALOGS.fr,
      ),
    );
    expect(t('popup_companies_title')).toBe('Uw ondernemingen');
    expect(t('popup_reset_title')).toBe('Recommencer');
    expect(t('no_such_key')).toBe('no_such_key');
  });
});

describe('step sentences', () => {
  it('exist in every language for every step id, and for every step the progress can name as next', () => {
    const nextIds = [
      'connect.start',
      'connect.pick-company',
      'register.start',
      'register.not-legal-representative',
      'grant.add-user',
      'notify.email',
    ];
    const missing = UI_LOCALES.flatMap((locale) => [
      ...STEP_IDS.map(stepKey).filter((key) => !CATALOGS[locale][key]),
      ...nextIds.map(nextKey).filter((key) => !CATALOGS[locale][key]),
    ]);
    expect(missing).toEqual([]);
  });
});
