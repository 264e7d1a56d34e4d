import { needsNotification } from '../engine/progress.ts';
import type { State } from '../shared/state.ts';
import { useUi } from '../ui/ui-context.tsx';
import { MailDraftView } from './MailDraftView.tsx';
import { grantedCompanies, notifyMail } from './mail.ts';

// The last step (notify.email): the firm is not told by the portal, the client must e-mail it.

export function Notify({ state, allDone, onSent }: { state: State; allDone: boolean; onSent: () => void }) {
  const { t, locale } = useUi();
  const hasGranted = grantedCompanies(state).length > 0;
  return (
    <section class="card" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('mail_notify_title')}</h2>
      {!hasGranted ? (
        <p>{t('mail_notify_nothing_yet')}</p>
      ) : (
        <>
          <p>{t(allDone ? 'mail_notify_ready' : 'mail_notify_partial', state.profile.firmName)}</p>
          <MailDraftView draft={notifyMail(state, t)} label={t('mail_body_label')} />
          {/* Asked again when something was granted after the last e-mail. */}
          {state.notifiedAt === null || needsNotification(state) ? (
            <button type="button" onClick={onSent} data-testid="mark-sent">
              {t('mail_notify_mark_sent')}
            </button>
          ) : (
            <p class="badge ok" data-testid="notified">
              {t('mail_notify_sent_on', new Date(state.notifiedAt).toLocaleString(locale))}
            </p>
          )}
        </>
      )}
    </section>
  );
}
