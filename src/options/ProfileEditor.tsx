import { useState } from 'preact/hooks';
import { ALL_RIGHT_IDS, DEFAULT_PROFILE, type Profile } from '../shared/profile.ts';
import { Field } from '../ui/Field.tsx';
import { rightKey } from '../ui/labels.ts';
import { problemText } from '../ui/problem.ts';
import { useUi } from '../ui/ui-context.tsx';
import { type FieldErrors, type ProfileFormValues, toForm, validateForm } from './profile-form.ts';

interface ProfileEditorProps {
  profile: Profile;
  locked: boolean;
  onSave: (profile: Profile) => void;
  /** Called on every edit (the page then stops saying "saved"). */
  onEdit: () => void;
}

export function ProfileEditor({ profile, locked, onSave, onEdit }: ProfileEditorProps) {
  const { t, catalog } = useUi();
  const [form, setForm] = useState<ProfileFormValues>(() => toForm(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const error = (field: string) => {
    const problem = errors[field];
    return problem ? problemText(problem, catalog, t) : undefined;
  };
  // Updates from the previous value, so that two edits in the same tick both count.
  const update = (next: (form: ProfileFormValues) => Partial<ProfileFormValues>) => {
    setForm((current) => ({ ...current, ...next(current) }));
    onEdit();
  };
  const change = (patch: Partial<ProfileFormValues>) => update(() => patch);
  const setAnalyst = (index: number, patch: Partial<ProfileFormValues['analysts'][number]>) =>
    update((current) => ({
      analysts: current.analysts.map((analyst, i) => (i === index ? { ...analyst, ...patch } : analyst)),
    }));
  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSave(result.profile);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">{t('options_profile_title')}</h2>
      <fieldset disabled={locked} class="plain">
        <Field
          label={t('options_firm_name')}
          value={form.firmName}
          onValue={(firmName) => change({ firmName })}
          autoComplete="organization"
          error={error('firmName')}
        />
        <Field
          label={t('options_firm_email')}
          type="email"
          value={form.firmEmail}
          onValue={(firmEmail) => change({ firmEmail })}
          autoComplete="email"
          error={error('firmEmail')}
        />
        <fieldset>
          <legend>{t('options_analysts')}</legend>
          {error('analysts') && <p class="error">{error('analysts')}</p>}
          {form.analysts.map((analyst, index) => (
            <div class="analyst" key={index}>
              <Field
                label={t('options_analyst_name', String(index + 1))}
                value={analyst.name}
                onValue={(name) => setAnalyst(index, { name })}
                error={error(`analysts.${index}.name`)}
              />
              <Field
                label={t('options_analyst_niss', String(index + 1))}
                hint={t('options_analyst_niss_hint')}
                value={analyst.niss}
                onValue={(niss) => setAnalyst(index, { niss })}
                inputMode="numeric"
                autoComplete="off"
                error={error(`analysts.${index}.niss`)}
              />
              <button
                type="button"
                onClick={() =>
                  update((current) => ({ analysts: current.analysts.filter((_, i) => i !== index) }))
                }
              >
                {t('options_analyst_remove', analyst.name || String(index + 1))}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => update((current) => ({ analysts: [...current.analysts, { name: '', niss: '' }] }))}
          >
            {t('options_analyst_add')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('options_rights')}</legend>
          <p class="hint">{t('options_rights_hint')}</p>
          {error('rights') && <p class="error">{error('rights')}</p>}
          {ALL_RIGHT_IDS.map((right) => (
            <div class="check" key={right}>
              <input
                type="checkbox"
                id={`right-${right}`}
                checked={form.rights.includes(right)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  update((current) => ({
                    rights: checked ? [...current.rights, right] : current.rights.filter((r) => r !== right),
                  }));
                }}
              />
              <label for={`right-${right}`}>{t(rightKey(right))}</label>
            </div>
          ))}
        </fieldset>
        <Field
          label={t('options_teamviewer')}
          type="url"
          value={form.teamviewerUrl}
          onValue={(teamviewerUrl) => change({ teamviewerUrl })}
          error={error('teamviewerUrl')}
        />
        <button type="submit" class="primary">
          {t('options_save')}
        </button>
        {/* Into the form only: saving stays the person's decision. */}
        <button type="button" onClick={() => change(toForm(DEFAULT_PROFILE))}>
          {t('options_defaults')}
        </button>
      </fieldset>
      {Object.keys(errors).length > 0 && (
        <p role="alert" class="error">
          {t('options_not_saved')}
        </p>
      )}
    </form>
  );
}
