import { useRef, useState } from 'preact/hooks';
import type { Profile } from '../shared/profile.ts';
import { profileChanges } from '../ui/import-preview.ts';
import { useUi } from '../ui/ui-context.tsx';
import { ConfirmImport } from './ConfirmImport.tsx';
import { ExportText } from './ExportText.tsx';
import { FileRefusal } from './FileRefusal.tsx';
import { ProfilePreview } from './ImportPreviews.tsx';
import { type FileProblem, jsonHref } from './json-file.ts';
import { exportProfile, PROFILE_FILE_NAME, parseProfileFile } from './profile-file.ts';

interface ImportExportProps {
  profile: Profile;
  /** The stored profile failed its schema: `profile` is the default standing in for it, not the firm's. */
  unreadable: boolean;
  locked: boolean;
  onImport: (profile: Profile) => Promise<boolean>;
}

type Outcome =
  | { kind: 'imported' }
  | { kind: 'cancelled' }
  | { kind: 'refused'; problems: FileProblem[] }
  | null;

export function ImportExport({ profile, unreadable, locked, onImport }: ImportExportProps) {
  const { t } = useUi();
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A checked file waiting for the person's confirmation: nothing is replaced before it.
  const [pending, setPending] = useState<Profile | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = parseProfileFile(await file.text());
    input.value = '';
    setPending(null);
    if (!result.ok) {
      setOutcome({ kind: 'refused', problems: result.problems });
      return;
    }
    setOutcome(null);
    setPending(result.profile);
  };
  const confirm = async () => {
    if (!pending) return;
    const incoming = pending;
    setPending(null);
    picker.current?.focus();
    // A refusal by the background is shown by the page's error line; the outcome then stays empty.
    setOutcome((await onImport(incoming)) ? { kind: 'imported' } : null);
  };
  const cancel = () => {
    setPending(null);
    setOutcome({ kind: 'cancelled' });
    picker.current?.focus();
  };
  const text = exportProfile(profile);
  const href = jsonHref(text);
  return (
    <section aria-labelledby="file-title">
      <h2 id="file-title">{t('options_file_title')}</h2>
      <p class="hint">{t('options_file_hint')}</p>
      <a class="button" href={href} download={PROFILE_FILE_NAME}>
        {t('options_export')}
      </a>
      <ExportText text={text} testId="profile-export-text" />
      <div class="field">
        <label for="import-file">{t('options_import')}</label>
        <input
          id="import-file"
          ref={picker}
          type="file"
          accept=".json,application/json"
          disabled={locked}
          onChange={(event) => pick(event.currentTarget)}
        />
      </div>
      {pending && !locked && (
        <ConfirmImport
          title={t('options_preview_profile')}
          testId="profile-confirm"
          onConfirm={confirm}
          onCancel={cancel}
        >
          <ProfilePreview
            incoming={pending}
            changes={profileChanges(unreadable ? 'unreadable' : profile, pending)}
          />
        </ConfirmImport>
      )}
      <div role="status" data-testid="import-outcome">
        {outcome?.kind === 'imported' && <p class="badge ok">{t('options_import_done')}</p>}
        {outcome?.kind === 'cancelled' && <p class="hint">{t('options_preview_cancelled')}</p>}
        {outcome?.kind === 'refused' && (
          <FileRefusal intro={t('options_import_refused')} problems={outcome.problems} />
        )}
      </div>
    </section>
  );
}
