import { useState } from 'preact/hooks';
import { needsEidAddon } from '../shared/platform.ts';
import type { Checklist as ChecklistState } from '../ui/api.ts';
import { useUi } from '../ui/ui-context.tsx';

// The preparation of PROCEDURE.md (prepare.credentials, prepare.eid-software) as boxes the client ticks.

const ITEMS = ['credentials', 'eid_software', ...(needsEidAddon ? ['eid_addon'] : []), 'restart'];

/** `collapsed`: the job is done, the preparation is closed whatever its ticks. */
export function Checklist({ collapsed = false }: { collapsed?: boolean }) {
  const { api, t } = useUi();
  const [checked, setChecked] = useState<ChecklistState>(() => api.loadChecklist());
  const done = ITEMS.every((item) => checked[item]);
  const toggle = (item: string, value: boolean) => {
    const next = { ...checked, [item]: value };
    setChecked(next);
    api.saveChecklist(next);
  };
  return (
    <details class="card" open={!done && !collapsed}>
      <summary>
        <h2>{t('prep_title')}</h2>
        {done && <span class="badge ok">{t('prep_all_done')}</span>}
      </summary>
      <ul class="checklist">
        {ITEMS.map((item) => (
          <li key={item}>
            <input
              type="checkbox"
              id={`prep-${item}`}
              checked={checked[item] === true}
              onChange={(event) => toggle(item, event.currentTarget.checked)}
            />
            <label for={`prep-${item}`}>{t(`prep_${item}`)}</label>
            {item === 'eid_software' && (
              <a href={t('prep_eid_url')} target="_blank" rel="noopener noreferrer">
                {t('prep_eid_link')}
              </a>
            )}
          </li>
        ))}
      </ul>
      <p class="hint">{t('prep_chrome_note')}</p>
    </details>
  );
}
