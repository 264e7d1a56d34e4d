import { isDone } from '../engine/progress.ts';
import { formatEnterpriseNumber } from '../shared/identifiers/enterprise.ts';
import { formatNiss } from '../shared/identifiers/niss.ts';
import type { Profile } from '../shared/profile.ts';
import type { State } from '../shared/state.ts';
import { rightKey } from '../ui/labels.ts';
import type { Translate } from '../ui/locale.ts';

// The e-mails the client sends the firm, built as plain text. Pure: the popup only shows and links them.

export interface MailDraft {
  to: string;
  subject: string;
  body: string;
}

/** RFC 6068: the address keeps its "@", subject and body are percent-encoded with CRLF line breaks. */
export function mailtoUrl({ to, subject, body }: MailDraft): string {
  const address = to.split('@').map(encodeURIComponent).join('@');
  const crlf = (text: string) => encodeURIComponent(text.replaceAll(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${crlf(subject)}&body=${crlf(body)}`;
}

const companyName = (name: string, t: Translate) => name.trim() || t('mail_company_unnamed');

/** The companies for which at least one analyst has access: what the firm must be told. */
export function grantedCompanies(state: State): State['companies'] {
  return state.companies.filter((company) =>
    Object.values(company.analysts).some((progress) => isDone(progress.status)),
  );
}

/** The last step: tell the firm for which companies (exact name, enterprise number) who received which rights. */
export function notifyMail(state: State, t: Translate): MailDraft {
  const { profile } = state;
  const rights = profile.rights.map((right) => t(rightKey(right))).join(', ');
  const companies = grantedCompanies(state);
  const lines = [t('mail_greeting'), '', t('mail_notify_intro', profile.firmName), ''];
  for (const company of companies) {
    lines.push(
      t('mail_notify_company', [
        companyName(company.name, t),
        formatEnterpriseNumber(company.enterpriseNumber),
      ]),
    );
    for (const analyst of profile.analysts) {
      const status = company.analysts[analyst.niss]?.status ?? 'pending';
      const what = isDone(status) ? rights : t('mail_notify_not_yet');
      lines.push(t('mail_notify_analyst', [analyst.name, formatNiss(analyst.niss), what]));
    }
    lines.push('');
  }
  lines.push(t('mail_closing'));
  const names = companies.map((company) => companyName(company.name, t)).join(', ');
  return {
    to: profile.firmEmail,
    subject: t('mail_notify_subject', [profile.firmName, names]),
    body: lines.join('\n'),
  };
}

export interface HelpForm {
  slots: [string, string, string];
  name: string;
  phone: string;
  company: string;
}

export type HelpField = 'slot0' | 'slot1' | 'slot2' | 'name' | 'phone' | 'company';

/** Which fields need attention (message keys), empty when the request can be sent. */
export function validateHelpForm(form: HelpForm): Partial<Record<HelpField, string>> {
  const errors: Partial<Record<HelpField, string>> = {};
  form.slots.forEach((slot, index) => {
    if (!slot.trim()) errors[`slot${index}` as HelpField] = 'mail_help_error_slot';
  });
  if (!form.name.trim()) errors.name = 'mail_help_error_name';
  // A Belgian number has 9 or 10 digits, 11 or more with +32: fewer than 9 digits cannot be called back.
  if ((form.phone.match(/\d/g) ?? []).length < 9 || /[^\d\s+()./-]/.test(form.phone))
    errors.phone = 'mail_help_error_phone';
  if (!form.company.trim()) errors.company = 'mail_help_error_company';
  return errors;
}

/** Help request: three time slots and who to call, with what to prepare before the call. */
export function helpMail(profile: Profile, form: HelpForm, t: Translate): MailDraft {
  const lines = [
    t('mail_greeting'),
    '',
    t('mail_help_intro', profile.firmName),
    ...form.slots.map((slot, index) => `${index + 1}. ${slot.trim()}`),
    '',
    t('mail_help_contact_name', form.name.trim()),
    t('mail_help_contact_phone', form.phone.trim()),
    t('mail_help_contact_company', form.company.trim()),
    '',
    t('mail_help_before_call', profile.teamviewerUrl),
    '',
    t('mail_closing'),
  ];
  return {
    to: profile.firmEmail,
    subject: t('mail_help_subject', form.company.trim()),
    body: lines.join('\n'),
  };
}
