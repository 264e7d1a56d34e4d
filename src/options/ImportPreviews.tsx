import { formatNiss } from '../shared/identifiers/niss.ts';
import type { CorrectionRef } from '../shared/learned-merge.ts';
import { ALL_RIGHT_IDS, type Profile } from '../shared/profile.ts';
import type { ProfileChanges, TextChange } from '../ui/import-preview.ts';
import { rightKey } from '../ui/labels.ts';
import { useUi } from '../ui/ui-context.tsx';

// The previews' content: what a profile file or a corrections file would change. Text only (the file's strings are
// rendered as text, never as markup).

export function ProfilePreview({ incoming, changes }: { incoming: Profile; changes: ProfileChanges }) {
  const { t } = useUi();
  if (changes.same) return <p>{t('options_preview_same')}</p>;
  const added = new Set(changes.analystsAdded.map((analyst) => analyst.niss));
  const renamed = new Map(changes.analystsRenamed.map((r) => [r.niss, r.from]));
  const rightsAdded = new Set<string>(changes.rightsAdded);
  const was = (change: TextChange) => change.from ?? t('options_preview_unreadable_value');
  const texts = [
    changes.firmName && t('options_preview_firm_name', [changes.firmName.to, was(changes.firmName)]),
    changes.firmEmail && t('options_preview_firm_email', [changes.firmEmail.to, was(changes.firmEmail)]),
    changes.teamviewerUrl &&
      t('options_preview_teamviewer', [changes.teamviewerUrl.to, was(changes.teamviewerUrl)]),
  ].filter((text): text is string => Boolean(text));
  return (
    <div data-testid="profile-preview">
      {changes.unreadable && <p data-testid="preview-unreadable">{t('options_preview_unreadable')}</p>}
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>{t('options_preview_analysts')}</p>
      <ul data-testid="preview-analysts">
        {incoming.analysts.map((analyst) => {
          const before = renamed.get(analyst.niss);
          return (
            <li key={analyst.niss}>
              {analyst.name} — NISS {formatNiss(analyst.niss)}
              {added.has(analyst.niss) && <strong> ({t('options_preview_analyst_new')})</strong>}
              {before !== undefined && ` (${t('options_preview_analyst_renamed', before)})`}
            </li>
          );
        })}
      </ul>
      {changes.analystsRemoved.length > 0 && (
        <>
          <p>{t('options_preview_analysts_removed')}</p>
          <ul data-testid="preview-analysts-removed">
            {changes.analystsRemoved.map((analyst) => (
              <li key={analyst.niss}>
                {analyst.name} — NISS {formatNiss(analyst.niss)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('options_preview_rights')}</p>
      <ul data-testid="preview-rights">
        {ALL_RIGHT_IDS.filter((right) => incoming.rights.includes(right)).map((right) => (
          <li key={right}>
            {t(rightKey(right))}
            {rightsAdded.has(right) && <strong> ({t('options_preview_analyst_new')})</strong>}
          </li>
        ))}
      </ul>
      {changes.rightsRemoved.length > 0 && (
        <>
          <p>{t('options_preview_right_removed')}</p>
          <ul data-testid="preview-rights-removed">
            {changes.rightsRemoved.map((right) => (
              <li key={right}>{t(rightKey(right))}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Corrections({ refs, testId }: { refs: CorrectionRef[]; testId: string }) {
  const { t } = useUi();
  return (
    <ul data-testid={testId}>
      {refs.map(({ stepId, role, name }) => (
        <li key={`${stepId}-${role}-${name}`}>
          <code>{stepId}</code>{' '}
          {name ? t('options_preview_caption', [name, role]) : t('options_preview_nameless', role)}
        </li>
      ))}
    </ul>
  );
}

export function LearnedPreview({
  added,
  changed,
  unchanged,
  masked,
  leftOut,
}: {
  added: CorrectionRef[];
  changed: CorrectionRef[];
  unchanged: number;
  /** Corrections of the file that held digits, names or other words than the procedure's: shown masked. */
  masked: number;
  /** Corrections of the file whose caption was all names or digits: not imported. */
  leftOut: number;
}) {
  const { t } = useUi();
  return (
    <div data-testid="learned-preview">
      {added.length > 0 && (
        <>
          <p>{t('options_preview_added')}</p>
          <Corrections refs={added} testId="preview-added" />
        </>
      )}
      {changed.length > 0 && (
        <>
          <p>{t('options_preview_changed')}</p>
          <Corrections refs={changed} testId="preview-changed" />
        </>
      )}
      {unchanged > 0 && <p>{t('options_preview_unchanged', String(unchanged))}</p>}
      {masked > 0 && <p data-testid="preview-masked">{t('options_preview_masked', String(masked))}</p>}
      {leftOut > 0 && <p data-testid="preview-left-out">{t('options_preview_left_out', String(leftOut))}</p>}
    </div>
  );
}
