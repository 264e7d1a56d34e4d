import { describe, expect, it } from 'vitest';
import { contentStrings } from '../../../src/background/guide-context.ts';
import { phaseCount } from '../../../src/content/card-view.ts';
import { CATALOGS } from '../../../src/shared/i18n.ts';
import { PAGE_STEPS, STEP_ORDER, stepPhase } from '../../../src/shared/steps.ts';

// The card's step counter counts within a phase (issue 17: it jumped 6 → 7 → 2 → 3 → 4 → 5 → 8 beside the portal's
// own « Étape 1 sur 3 »): it only goes up inside a phase, and the registration's pages name the phase only.

// The strings the background sends for a page in that language.
const strings = (locale: 'fr' | 'nl' | 'de' | 'en') => contentStrings(CATALOGS[locale], CATALOGS.fr);

describe('stepPhase', () => {
  it('gives every page step a phase, and none to the popup-only steps', () => {
    for (const id of STEP_ORDER) expect(stepPhase(id) !== null, id).toBe(PAGE_STEPS.includes(id));
  });

  it('counts 1, 2, 3… without a gap inside each counted phase, in the procedure order', () => {
    for (const phase of ['connect', 'grant'] as const) {
      const counted = PAGE_STEPS.map(stepPhase).filter((p) => p?.phase === phase && p.n !== undefined);
      const total = counted[0]?.n === undefined ? 0 : (counted[0] as { total: number }).total;
      expect(counted.map((p) => p?.n)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    }
  });

  it('walks a second analyst back to 1, never across phases', () => {
    const walk = [
      'connect.start',
      'connect.method',
      'connect.pick-company',
      'connect.all-services',
      'grant.access-management',
      'grant.pick-quality',
      'grant.employer-onss',
      'grant.add-user',
      'grant.niss',
      'grant.rights',
      'grant.save',
      'grant.confirm',
      'grant.add-user',
    ].map((id) => {
      const where = stepPhase(id);
      return `${where?.phase} ${where?.n}/${where?.n === undefined ? '' : (where as { total: number }).total}`;
    });
    expect(walk).toEqual([
      'connect 1/7',
      'connect 2/7',
      'connect 3/7',
      'connect 4/7',
      'connect 5/7',
      'connect 6/7',
      'connect 7/7',
      'grant 1/5',
      'grant 2/5',
      'grant 3/5',
      'grant 4/5',
      'grant 5/5',
      'grant 1/5',
    ]);
  });

  it('names the phase only where the portal counts itself or off the straight line', () => {
    for (const id of [
      'register.start',
      'register.enterprise-number',
      'register.not-legal-representative',
      'register.contact',
      'register.done',
    ])
      expect(stepPhase(id)).toEqual({ phase: 'register' });
    expect(stepPhase('grant.done')).toEqual({ phase: 'grant' });
    expect(stepPhase('notify.email')).toBeNull();
    expect(stepPhase('no.such-step')).toBeNull();
  });
});

describe('phaseCount in the catalogues', () => {
  it('says the phase and the step within it in each language', () => {
    expect(phaseCount(strings('fr'), 'connect.method')).toBe('Connexion — étape 2 sur 7');
    expect(phaseCount(strings('fr'), 'grant.niss')).toBe('Accès pour chaque analyste — étape 2 sur 5');
    expect(phaseCount(strings('nl'), 'grant.add-user')).toBe('Toegang voor elke analist — stap 1 van 5');
    expect(phaseCount(strings('de'), 'grant.confirm')).toBe('Zugang für jeden Analysten — Schritt 5 von 5');
    expect(phaseCount(strings('en'), 'connect.start')).toBe('Logging in — step 1 of 7');
  });

  it('says the phase alone on the registration pages and the finished list, nothing off the steps', () => {
    expect(phaseCount(strings('fr'), 'register.contact')).toBe('Enregistrement');
    expect(phaseCount(strings('nl'), 'grant.done')).toBe('Toegang voor elke analist');
    expect(phaseCount(strings('fr'), 'notify.email')).toBe('');
  });
});
