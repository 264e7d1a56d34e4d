import type { StepId } from '../shared/steps.ts';
import { nextKey, stepKey } from '../ui/labels.ts';
import { useUi } from '../ui/ui-context.tsx';
import type { WhereView } from './view-model.ts';

/** `next`: the next step overall (from the progress), said when the active tab shows no step. */
export function Where({ view, next }: { view: WhereView; next: StepId | null }) {
  const { t } = useUi();
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">{t('popup_where_title')}</h2>
      {view.kind === 'step' && <p data-testid="where-step">{t(stepKey(view.stepId))}</p>}
      {view.kind === 'portal-unknown' && <p>{t('popup_where_unknown')}</p>}
      {view.kind === 'off-portal' && (
        <>
          <p>{t('popup_where_off_portal')}</p>
          <a class="button primary" href={view.employerUrl} target="_blank" rel="noopener noreferrer">
            {t('popup_where_open_portal')}
          </a>
        </>
      )}
      {view.kind !== 'step' && next && (
        <p data-testid="next-step">
          <strong>{t('popup_next_step')}</strong> {t(nextKey(next))}
        </p>
      )}
    </section>
  );
}
