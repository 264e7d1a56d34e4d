import { describe, expect, it } from 'vitest';
import { type HelpForm, helpMail, mailtoUrl, notifyMail, validateHelpForm } from '../../../src/popup/mail.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { stateWithProgress, translate } from './mock-api.ts';

const fr = translate('fr');

function fullyGranted() {
  const state = stateWithProgress();
  const second = state.companies[1];
  if (!second) throw new Error('fixture');
  second.analysts = {
    '70041243623': { status: 'already-user', updatedAt: 3 },
    '82083026729': { status: 'granted', updatedAt: 4 },
  };
  const first = state.companies[0];
  if (!first) throw new Error('fixture');
  first.analysts['82083026729'] = { status: 'granted', updatedAt: 5 };
  return state;
}

describe('the final e-mail to the firm', () => {
  it('lists each company with its exact name and formatted enterprise number, and each analyst with the rights', () => {
    const mail = notifyMail(fullyGranted(), fr);
    expect(mail.to).toBe('hello@e-thichr.com');
    expect(mail.subject).toBe('Accès ONSS donnés à e-thicHR : Boulangerie Dupont SRL, Garage Peeters BV');
    expect(mail.body).toContain("• Boulangerie Dupont SRL – numéro d'entreprise 0123.456.749");
    expect(mail.body).toContain("• Garage Peeters BV – numéro d'entreprise 0987.654.394");
    const rights = 'Consultation Factures, Déclaration de modification DmfA, Déclaration Dimona, Ecaro';
    expect(mail.body).toContain(`– Analyste principal (NISS 70.04.12-436.23) : ${rights}`);
    expect(mail.body).toContain(`– Analyste back-up (NISS 82.08.30-267.29) : ${rights}`);
    expect(mail.body).not.toMatch(/Déclaration DmfA(?! )/);
    expect(mail.body).not.toContain('pas encore');
  });

  it('leaves out companies where nobody has access yet and says which analyst is still missing', () => {
    const mail = notifyMail(stateWithProgress(), fr);
    expect(mail.body).toContain('Boulangerie Dupont SRL');
    expect(mail.body).not.toContain('Garage Peeters');
    expect(mail.body).toContain('– Analyste back-up (NISS 82.08.30-267.29) : pas encore fait');
  });

  it('uses the profile: another firm, other analysts, other rights', () => {
    const state = fullyGranted();
    state.profile = {
      ...DEFAULT_PROFILE,
      firmName: 'Payroll & Co',
      firmEmail: 'acces@payroll.example',
      analysts: [{ name: 'Ann', niss: '70041243623' }],
      rights: ['dimona-declaration'],
    };
    const mail = notifyMail(state, translate('nl'));
    expect(mail.to).toBe('acces@payroll.example');
    expect(mail.body).toContain('Ik heb Payroll & Co toegang gegeven');
    expect(mail.body).toContain('– Ann (INSZ 70.04.12-436.23): Dimona-aangifte');
    expect(mail.body).not.toContain('Analyste');
    expect(mail.body).toContain('ondernemingsnummer 0987.654.394');
  });

  it('is written in the chosen language', () => {
    expect(notifyMail(fullyGranted(), translate('de')).body).toContain('Unternehmensnummer 0123.456.749');
    expect(notifyMail(fullyGranted(), translate('en')).subject).toContain('ONSS access granted to e-thicHR');
  });
});

describe('mailto links', () => {
  it('keep the address, encode subject and body with CRLF line breaks, and decode back to the text', () => {
    const draft = { to: 'hello@e-thichr.com', subject: 'Accès & droits ?', body: 'ligne 1\nligne 2 = 100 %' };
    const url = mailtoUrl(draft);
    expect(url.startsWith('mailto:hello@e-thichr.com?subject=')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1).replaceAll('+', '%2B'));
    expect(params.get('subject')).toBe('Accès & droits ?');
    expect(params.get('body')).toBe('ligne 1\r\nligne 2 = 100 %');
    expect(url).not.toMatch(/[ \n]/);
  });
});

describe('the help request', () => {
  const form: HelpForm = {
    slots: ['mardi 10 h', 'mercredi 14 h', 'jeudi 9 h'],
    name: 'Marie Dupont',
    phone: '+32 470 12 34 56',
    company: 'Boulangerie Dupont SRL',
  };

  it('holds the three slots, who to call, the TeamViewer link and the PIN reminder', () => {
    const mail = helpMail(DEFAULT_PROFILE, form, fr);
    expect(mail.to).toBe('hello@e-thichr.com');
    expect(mail.subject).toContain('Boulangerie Dupont SRL');
    expect(mail.body).toContain('1. mardi 10 h\n2. mercredi 14 h\n3. jeudi 9 h');
    expect(mail.body).toContain('Personne à appeler : Marie Dupont');
    expect(mail.body).toContain('Téléphone : +32 470 12 34 56');
    expect(mail.body).toContain('TeamViewer (https://www.teamviewer.com/fr/download/windows/)');
    expect(mail.body).toContain("code PIN de ma carte d'identité");
  });

  it('is refused while a slot, the name, a callable phone number or the company is missing', () => {
    expect(validateHelpForm(form)).toEqual({});
    expect(validateHelpForm({ slots: ['a', ' ', ''], name: '', phone: '0470', company: ' ' })).toEqual({
      slot1: 'mail_help_error_slot',
      slot2: 'mail_help_error_slot',
      name: 'mail_help_error_name',
      phone: 'mail_help_error_phone',
      company: 'mail_help_error_company',
    });
    expect(validateHelpForm({ ...form, phone: '0470 12 34 56 ext' }).phone).toBe('mail_help_error_phone');
    expect(validateHelpForm({ ...form, phone: '02/123.45.67' }).phone).toBeUndefined();
  });
});
