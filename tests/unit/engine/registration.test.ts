import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/engine/outcomes.ts';
import { registrationSeen } from '../../../src/engine/registration.ts';

// What a page proves about a company's registration, on plain outcomes (outcomes.test.ts reads them from pages).

const REFUSED = '0765432146';
const HEADER = { enterpriseNumber: '0403170701', name: 'Boulangerie Dupont SRL' };
const none: Pick<Outcome, 'errors' | 'quality' | 'shown' | 'message'> = {
  errors: [],
  quality: null,
  shown: null,
  message: '',
};

describe('registrationSeen', () => {
  it('a refusal is recorded for the number the refusal shows, and for nothing else', () => {
    const refusal = { ...none, errors: ['not-legal-representative'] } satisfies typeof none;
    expect(
      registrationSeen(
        'register.not-legal-representative',
        {
          ...refusal,
          shown: { enterpriseNumber: REFUSED, name: '' },
        },
        HEADER,
      ),
    ).toEqual({ registration: 'not-legal-representative', enterpriseNumber: REFUSED });
    // No number on the page: silent, never the company of the header or of the popup.
    expect(registrationSeen('register.not-legal-representative', refusal, HEADER)).toBeNull();
  });

  it('the confirmation shows the company being registered; the result page shows or names it', () => {
    const shown = { enterpriseNumber: REFUSED, name: 'Atelier Peeters SRL' };
    expect(registrationSeen('register.contact', { ...none, shown }, null)).toEqual({
      registration: 'needed',
      ...shown,
    });
    expect(registrationSeen('register.contact', none, HEADER)).toBeNull();
    expect(registrationSeen('register.done', { ...none, shown }, null)).toEqual({
      registration: 'done',
      ...shown,
    });
    const message = "L'entreprise Atelier Peeters SRL est enregistrée.";
    expect(registrationSeen('register.done', { ...none, message }, null)).toEqual({
      registration: 'done',
      message,
    });
    expect(registrationSeen('register.done', none, null)).toBeNull();
  });

  it("being logged in as the company's access manager proves it registered; as a mere user proves nothing", () => {
    expect(registrationSeen('grant.add-user', { ...none, quality: 'manager' }, HEADER)).toEqual({
      registration: 'done',
      ...HEADER,
    });
    expect(registrationSeen('grant.add-user', { ...none, quality: 'user' }, HEADER)).toBeNull();
    expect(registrationSeen('connect.pick-company', { ...none, quality: 'manager' }, null)).toBeNull();
  });
});
