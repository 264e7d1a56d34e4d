import { useState } from 'preact/hooks';
import { formatEnterpriseNumber } from '../shared/identifiers/enterprise.ts';
import { countKey } from '../shared/plural.ts';
import type { CompanyRef } from '../shared/state.ts';
import { Field } from '../ui/Field.tsx';
import { statusKey } from '../ui/labels.ts';
import { type Problem, problemText } from '../ui/problem.ts';
import { useUi } from '../ui/ui-context.tsx';
import { validateCompanyInput } from './company-form.ts';
import type { CompanyView } from './view-model.ts';

const STATUS_ICON = { pending: '○', 'in-progress': '◐', granted: '✓', 'already-user': '✓', problem: '!' };

function CompanyCard({ company, onRemove }: { company: CompanyView; onRemove: () => void }) {
  const { t } = useUi();
  const [confirming, setConfirming] = useState(false);
  const titleId = `company-${company.enterpriseNumber}`;
  return (
    <li class={company.isCurrent ? 'company current' : 'company'} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {company.name || t('mail_company_unnamed')}{' '}
        <span class="number">{formatEnterpriseNumber(company.enterpriseNumber)}</span>
      </h3>
      {company.isCurrent && <p class="hint">{t('popup_company_current')}</p>}
      <p class="summary">
        {t(countKey('popup_company_summary', company.done), [String(company.done), String(company.total)])}
      </p>
      <ul class="steps">
        <li>
          <span class="label">{t('popup_registration')}</span>
          <span class={`status reg-${company.registration}`}>
            {t(`popup_registration_${company.registration.replaceAll('-', '_')}`)}
          </span>
        </li>
        {company.analysts.map((analyst) => (
          <li key={analyst.niss}>
            <span class="label">{analyst.name}</span>
            <span class={`status ${analyst.status}`}>
              <span aria-hidden="true">{STATUS_ICON[analyst.status]} </span>
              {t(statusKey(analyst.status))}
            </span>
            {analyst.note && <span class="note">{analyst.note}</span>}
          </li>
        ))}
      </ul>
      {confirming ? (
        <div class="confirm">
          <p>{t('popup_company_remove_confirm')}</p>
          <button type="button" class="danger" onClick={onRemove}>
            {t('popup_company_remove_yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('popup_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="link" onClick={() => setConfirming(true)}>
          {t('popup_company_remove', company.name || formatEnterpriseNumber(company.enterpriseNumber))}
        </button>
      )}
    </li>
  );
}

function AddCompany({ known, onAdd }: { known: string[]; onAdd: (number: string, name: string) => void }) {
  const { t, catalog } = useUi();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ numberError?: Problem; nameError?: Problem }>({});
  const submit = (event: Event) => {
    event.preventDefault();
    const input = validateCompanyInput(number, name, known);
    if (!input.ok) {
      setErrors(input);
      return;
    }
    setErrors({});
    setNumber('');
    setName('');
    onAdd(input.enterpriseNumber, input.name);
  };
  return (
    <form class="add-company" onSubmit={submit} noValidate>
      <h3>{t('popup_company_add_title')}</h3>
      <Field
        label={t('popup_company_number')}
        hint={t('popup_company_number_hint')}
        value={number}
        onValue={setNumber}
        inputMode="numeric"
        autoComplete="off"
        error={errors.numberError && problemText(errors.numberError, catalog, t)}
      />
      <Field
        label={t('popup_company_name')}
        value={name}
        onValue={setName}
        autoComplete="organization"
        error={errors.nameError && problemText(errors.nameError, catalog, t)}
      />
      <button type="submit">{t('popup_company_add')}</button>
    </form>
  );
}

interface CompaniesProps {
  companies: CompanyView[];
  /** The job is done: the list only, without the form to add a company. */
  compact?: boolean;
  detected: CompanyRef | null;
  onAdd: (number: string, name: string) => void;
  onRemove: (number: string) => void;
}

export function Companies({ companies, detected, compact = false, onAdd, onRemove }: CompaniesProps) {
  const { t } = useUi();
  return (
    <section class="card" aria-labelledby="companies-title">
      <h2 id="companies-title">{t('popup_companies_title')}</h2>
      {detected && (
        <div class="detected" role="status">
          <p>{t('popup_detected', [detected.name, formatEnterpriseNumber(detected.enterpriseNumber)])}</p>
          <button
            type="button"
            class="primary"
            onClick={() => onAdd(detected.enterpriseNumber, detected.name)}
          >
            {t('popup_detected_add')}
          </button>
        </div>
      )}
      {companies.length === 0 ? (
        <p>{t('popup_companies_none')}</p>
      ) : (
        <ul class="companies">
          {companies.map((company) => (
            <CompanyCard
              key={company.enterpriseNumber}
              company={company}
              onRemove={() => onRemove(company.enterpriseNumber)}
            />
          ))}
        </ul>
      )}
      {!compact && <AddCompany known={companies.map((company) => company.enterpriseNumber)} onAdd={onAdd} />}
    </section>
  );
}
