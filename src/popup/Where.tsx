import { stepKey } from './labels.ts';
import { useUi } from './ui-context.tsx';
import type { WhereView } from './view-model.ts';

export function Where({ view }: { view: WhereView }) {
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
    </section>
  );
}
