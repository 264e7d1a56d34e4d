import { describe, expect, it } from 'vitest';
import { contentStrings, guideContext, withPageCompany } from '../../../src/background/guide-context.ts';
import { chooseStep } from '../../../src/engine/plan/step.ts';
import { markAnalyst } from '../../../src/engine/progress.ts';
import { CATALOGS } from '../../../src/shared/i18n.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { defaultState } from '../../../src/shared/state.ts';

// The background's answer to the in-page guide (src/background/guide-context.ts): pure, from State alone.

const [FIRST, SECOND] = DEFAULT_PROFILE.analysts;
/** The strings the background sends for a page in `locale` (French filling gaps). */
const strings = (locale: 'fr' | 'nl' | 'de') => contentStrings(CATALOGS[locale], CATALOGS.fr);
const ACME = { name: 'ACME SA', enterpriseNumber: '0403199702' };

describe('guide context', () => {
  it('works from a fresh install: the company of the page header is added and becomes current', () => {
    const state = withPageCompany(defaultState(), ACME);
    expect(state.currentCompany).toBe(ACME.enterpriseNumber);
    const context = guideContext(state, ['grant.add-user'], strings('nl'), [], ACME);
    expect(context.company).toEqual(ACME);
    expect(context.analyst).toEqual({ ...FIRST, status: 'pending' });
    expect([context.done, context.total]).toEqual([0, 2]);
  });

  it('proposes the next analyst still to add, and counts the done ones', () => {
    let state = withPageCompany(defaultState(), ACME);
    state = markAnalyst(state, ACME.enterpriseNumber, FIRST?.niss ?? '', 'granted', 1);
    const context = guideContext(state, ['grant.add-user'], strings('fr'), []);
    expect(context.analyst).toEqual({ ...SECOND, status: 'pending' });
    expect(context.team.map((a) => a.status)).toEqual(['granted', 'pending']);
    expect(context.done).toBe(1);
    state = markAnalyst(state, ACME.enterpriseNumber, SECOND?.niss ?? '', 'already-user', 2);
    expect(guideContext(state, ['grant.add-user'], strings('fr'), []).analyst).toBeNull();
  });

  it('picks, among the steps a page serves, the one the client is at', () => {
    const fresh = defaultState();
    expect(chooseStep(fresh, ['register.start', 'connect.start'], null)).toBe('connect.start');
    let state = withPageCompany(fresh, ACME);
    expect(chooseStep(state, ['grant.add-user', 'grant.done'], ACME.enterpriseNumber)).toBe('grant.add-user');
    for (const analyst of DEFAULT_PROFILE.analysts)
      state = markAnalyst(state, ACME.enterpriseNumber, analyst.niss, 'granted', 1);
    expect(chooseStep(state, ['grant.add-user', 'grant.done'], ACME.enterpriseNumber)).toBe('grant.done');
    expect(chooseStep(state, ['grant.rights', 'grant.save'], ACME.enterpriseNumber)).toBe('grant.rights');
  });

  it('off the logged-in pages, works on the next company still to complete', () => {
    const beta = { name: 'Beta SRL', enterpriseNumber: '0202239951' };
    let state = withPageCompany(withPageCompany(defaultState(), beta), ACME);
    for (const analyst of DEFAULT_PROFILE.analysts)
      state = markAnalyst(state, ACME.enterpriseNumber, analyst.niss, 'granted', 1);
    expect(guideContext(state, ['connect.pick-company'], strings('fr'), []).company?.enterpriseNumber).toBe(
      beta.enterpriseNumber,
    );
  });

  it("knows whether any company is registered (else the employer page tells about « S'enregistrer »)", () => {
    const steps = ['connect.start', 'register.start'];
    expect(guideContext(defaultState(), steps, strings('fr'), []).registered).toBe(false);
    const known = withPageCompany(defaultState(), ACME);
    expect(guideContext(known, steps, strings('fr'), []).registered).toBe(false);
    const done = {
      ...known,
      companies: known.companies.map((c) => ({ ...c, registration: 'done' as const })),
    };
    expect(guideContext(done, steps, strings('fr'), []).registered).toBe(true);
  });

  it("tells what is known of the context's company's registration (null without a company)", () => {
    const steps = ['grant.add-user'];
    expect(guideContext(defaultState(), steps, strings('fr'), []).registration).toBeNull();
    const known = withPageCompany(defaultState(), ACME);
    expect(guideContext(known, steps, strings('fr'), [], ACME).registration).toBe('unknown');
    const done = {
      ...known,
      companies: known.companies.map((c) => ({ ...c, registration: 'done' as const })),
    };
    expect(guideContext(done, steps, strings('fr'), [], ACME).registration).toBe('done');
  });

  it('switches to the company the page shows', () => {
    const other = { name: 'Beta SRL', enterpriseNumber: '0202239951' };
    const state = withPageCompany(withPageCompany(defaultState(), ACME), other);
    expect(state.currentCompany).toBe(other.enterpriseNumber);
    expect(state.companies).toHaveLength(2);
  });

  it('sends the page-language strings with placeholders as $1..$9, French filling gaps', () => {
    const nl = strings('nl');
    expect(nl.card_count).toBe('$1 — stap $2 van $3');
    expect(nl.hint_grantRights).toBe(CATALOGS.nl.hint_grantRights?.message);
    expect(nl.hint_grantAddUser).toBe('Klik op “$1”.');
    expect(strings('de').hint_reasonDmfa).toContain('DmfA');
    expect(strings('fr').card_count).toBe('$1 — étape $2 sur $3');
    expect(Object.keys(nl).every((k) => /^(hint|card|step)_/.test(k))).toBe(true);
  });
});

describe('an unreadable profile', () => {
  it('halts the guide: no analyst, no rights, the reason in the page language', () => {
    const state = { ...defaultState(), profileUnreadable: true };
    const context = guideContext(state, ['grant.niss'], strings('nl'), []);
    expect(context.analyst).toBeNull();
    expect(context.team).toEqual([]);
    expect(context.profile.analysts).toEqual([]);
    expect(context.profile.rights).toEqual([]);
    expect(context.halt).toMatch(/^Het profiel van uw sociaal secretariaat/);
    expect(guideContext(defaultState(), ['grant.niss'], strings('nl'), []).halt).toBeNull();
  });
});
