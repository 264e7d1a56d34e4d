import { useId, useState } from 'preact/hooks';
import { useUi } from '../ui/ui-context.tsx';
import { type MailDraft, mailtoUrl } from './mail.ts';

// A ready e-mail: open it in the mail program, or copy its text for a webmail.

export function MailDraftView({ draft, label }: { draft: MailDraft; label: string }) {
  const { api, t } = useUi();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const bodyId = useId();
  const copy = () => {
    const text = `${t('mail_to')} ${draft.to}\n${t('mail_subject')} ${draft.subject}\n\n${draft.body}`;
    api.copyText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div class="draft">
      <p class="hint">
        {t('mail_to')} {draft.to}
        <br />
        {t('mail_subject')} {draft.subject}
      </p>
      <label for={bodyId} class="visually-hidden">
        {label}
      </label>
      {/* A read-only text area: focusable, scrollable and selectable for a manual copy. */}
      <textarea id={bodyId} readOnly rows={8} value={draft.body} data-testid="mail-body" />
      <div class="actions">
        <a class="button primary" href={mailtoUrl(draft)} target="_blank" rel="noopener noreferrer">
          {t('mail_open')}
        </a>
        <button type="button" onClick={copy}>
          {t('mail_copy')}
        </button>
      </div>
      <p role="status" class="hint">
        {copied === 'yes' && t('mail_copied')}
        {copied === 'failed' && t('mail_copy_failed')}
      </p>
    </div>
  );
}
