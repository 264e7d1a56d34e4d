import { useState } from 'preact/hooks';
import type { Profile } from '../shared/profile.ts';
import { Field } from '../ui/Field.tsx';
import { useUi } from '../ui/ui-context.tsx';
import { MailDraftView } from './MailDraftView.tsx';
import { type HelpField, type HelpForm, helpMail, validateHelpForm } from './mail.ts';

// notify.help: three time slots and who to call → a ready e-mail with what to prepare before the call.

export function Help({ profile, companyName }: { profile: Profile; companyName: string }) {
  const { t } = useUi();
  const [form, setForm] = useState<HelpForm>({
    slots: ['', '', ''],
    name: '',
    phone: '',
    company: companyName,
  });
  const [errors, setErrors] = useState<Partial<Record<HelpField, string>>>({});
  const [ready, setReady] = useState(false);
  const error = (field: HelpField) => (errors[field] ? t(errors[field]) : undefined);
  // Updates from the previous value, so that two edits in the same tick both count.
  const setSlot = (index: number, value: string) => {
    setForm((current) => {
      const slots = [...current.slots] as HelpForm['slots'];
      slots[index] = value;
      return { ...current, slots };
    });
    setReady(false);
  };
  const set = (patch: Partial<HelpForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setReady(false);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const found = validateHelpForm(form);
    setErrors(found);
    setReady(Object.keys(found).length === 0);
  };
  return (
    <details class="card">
      <summary>
        <h2>{t('help_title')}</h2>
      </summary>
      <p>{t('help_intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('help_slots')}</legend>
          {form.slots.map((slot, index) => (
            <Field
              key={index}
              label={t('help_slot', String(index + 1))}
              hint={index === 0 ? t('help_slot_hint') : undefined}
              value={slot}
              onValue={(value) => setSlot(index, value)}
              error={error(`slot${index}` as HelpField)}
            />
          ))}
        </fieldset>
        <Field
          label={t('help_name')}
          value={form.name}
          onValue={(name) => set({ name })}
          autoComplete="name"
          error={error('name')}
        />
        <Field
          label={t('help_phone')}
          type="tel"
          value={form.phone}
          onValue={(phone) => set({ phone })}
          autoComplete="tel"
          error={error('phone')}
        />
        <Field
          label={t('help_company')}
          value={form.company}
          onValue={(company) => set({ company })}
          autoComplete="organization"
          error={error('company')}
        />
        <button type="submit">{t('help_prepare')}</button>
      </form>
      {ready && <MailDraftView draft={helpMail(profile, form, t)} label={t('mail_body_label')} />}
    </details>
  );
}
