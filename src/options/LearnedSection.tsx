import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearnedSet } from '../engine/fingerprint.ts';
import { type LearnedImportPlan, planLearnedImport } from '../shared/learned-merge.ts';
import type { ManagedLearnedReport } from '../shared/managed-profile.ts';
import { errorText } from '../ui/problem.ts';
import { useUi } from '../ui/ui-context.tsx';
import { ConfirmImport } from './ConfirmImport.tsx';
import { ExportText } from './ExportText.tsx';
import { FileRefusal } from './FileRefusal.tsx';
import { LearnedPreview } from './ImportPreviews.tsx';
import { type FileProblem, jsonHref } from './json-file.ts';
import { countsByStep, exportLearned, LEARNED_FILE_NAME, parseLearnedFile } from './learned-file.ts';

// The corrections taught in teach mode: how many per step, export, import (checked here, shown, merged by the
// background once confirmed; an import never evicts a stored correction) and forget all, after a confirmation.
// Corrections the firm deploys through the managed policy are said here: they win for the steps they cover.

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; problems: FileProblem[] }
  | { kind: 'too-many'; stored: number; adding: number; max: number }
  | { kind: 'failed'; text: string }
  | { kind: 'cancelled' }
  | { kind: 'forgotten' }
  | null;

type Pending = {
  set: LearnedSet;
  plan: Extract<LearnedImportPlan, { ok: true }>;
  masked: number;
  leftOut: number;
};

export function LearnedSection() {
  const { api, t } = useUi();
  const messageOf = (e: unknown) => errorText(e, t);
  const [set, setSet] = useState<LearnedSet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [managed, setManaged] = useState<ManagedLearnedReport | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  /** Resolves true once the background answered with the stored set, false when it failed (the error is shown). */
  const apply = (change: Promise<LearnedSet>): Promise<boolean> =>
    change.then(
      (next) => {
        setSet(next);
        setError(null);
        return true;
      },
      (e: unknown) => {
        setError(messageOf(e));
        return false;
      },
    );
  // Teach mode on a portal tab adds corrections while this page is open: follow the storage.
  useEffect(() => {
    const load = () => {
      api.exportLearned().then(setSet, (e: unknown) => setError(messageOf(e)));
      api.managedLearned().then(setManaged, () => setManaged(null));
    };
    load();
    return api.onChange(load);
  }, [api]);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = parseLearnedFile(await file.text());
    input.value = '';
    setPending(null);
    if (!result.ok) {
      setOutcome({ kind: 'refused', problems: result.problems });
      return;
    }
    // The preview is the background's own merge, on the set this page shows; the background checks again.
    const plan = planLearnedImport(set?.fingerprints ?? [], result.value.fingerprints);
    if (!plan.ok) {
      setOutcome({ kind: 'too-many', stored: plan.stored, adding: plan.adding, max: plan.max });
      return;
    }
    setOutcome(null);
    setPending({ set: result.value, plan, masked: result.masked, leftOut: result.leftOut });
  };
  const confirmImport = async () => {
    if (!pending) return;
    const incoming = pending.set;
    setPending(null);
    picker.current?.focus();
    // The background checks again: a correction taught since the preview may make the set too large.
    try {
      setSet(await api.importLearned(incoming));
      setError(null);
      setOutcome({ kind: 'imported', count: incoming.fingerprints.length });
    } catch (e) {
      setOutcome({ kind: 'failed', text: messageOf(e) });
    }
  };
  const cancelImport = () => {
    setPending(null);
    setOutcome({ kind: 'cancelled' });
    picker.current?.focus();
  };
  const forget = async () => {
    setConfirming(false);
    setOutcome((await apply(api.clearLearned())) ? { kind: 'forgotten' } : null);
  };
  const cancel = () => {
    setConfirming(false);
    forgetButton.current?.focus();
  };

  const total = set?.fingerprints.length ?? 0;
  return (
    <section aria-labelledby="learned-title">
      <h2 id="learned-title">{t('options_learned_title')}</h2>
      <p class="hint">{t('options_learned_hint')}</p>
      {error && (
        <p role="alert" class="error">
          {t('popup_error', error)}
        </p>
      )}
      {managed && managed.managed > 0 && (
        <div class="managed" role="note" data-testid="learned-managed">
          <p>{t('options_learned_managed', String(managed.managed))}</p>
          <ul>
            {managed.managedSteps.map((step) => (
              <li key={step}>
                <code>{step}</code>
              </li>
            ))}
          </ul>
          {managed.overridden > 0 && (
            <p>{t('options_learned_managed_overridden', String(managed.overridden))}</p>
          )}
        </div>
      )}
      {managed && managed.problems.length > 0 && (
        <div class="error" role="alert" data-testid="learned-managed-invalid">
          <p>{t('options_learned_managed_invalid')}</p>
          <ul>
            {managed.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {set &&
        (total === 0 ? (
          <p data-testid="learned-count">{t('options_learned_none')}</p>
        ) : (
          <>
            <p data-testid="learned-count">{t('options_learned_count', String(total))}</p>
            <table data-testid="learned-steps">
              <thead>
                <tr>
                  <th scope="col">{t('options_learned_step')}</th>
                  <th scope="col">{t('options_learned_corrections')}</th>
                </tr>
              </thead>
              <tbody>
                {countsByStep(set).map(({ stepId, count }) => (
                  <tr key={stepId}>
                    <td>
                      <code>{stepId}</code>
                    </td>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ))}
      {set && (
        <>
          <a class="button" href={jsonHref(exportLearned(set))} download={LEARNED_FILE_NAME}>
            {t('options_learned_export')}
          </a>
          <ExportText text={exportLearned(set)} testId="learned-export-text" />
        </>
      )}
      <div class="field">
        <label for="learned-file">{t('options_learned_import')}</label>
        <input
          id="learned-file"
          ref={picker}
          type="file"
          accept=".json,application/json"
          onChange={(event) => pick(event.currentTarget)}
        />
      </div>
      {pending && (
        <ConfirmImport
          title={t('options_preview_learned')}
          testId="learned-confirm"
          onConfirm={confirmImport}
          onCancel={cancelImport}
        >
          <LearnedPreview
            added={pending.plan.added}
            changed={pending.plan.changed}
            unchanged={pending.plan.unchanged}
            masked={pending.masked}
            leftOut={pending.leftOut}
          />
        </ConfirmImport>
      )}
      <button
        type="button"
        ref={forgetButton}
        disabled={total === 0}
        onClick={() => setConfirming(true)}
        data-testid="learned-forget"
      >
        {t('options_learned_forget')}
      </button>
      {confirming && (
        <fieldset class="confirm">
          <legend>{t('options_learned_confirm', String(total))}</legend>
          <button type="button" class="danger" onClick={forget}>
            {t('options_learned_confirm_yes')}
          </button>
          <button type="button" ref={cancelButton} onClick={cancel}>
            {t('options_learned_confirm_no')}
          </button>
        </fieldset>
      )}
      <div role="status" data-testid="learned-outcome">
        {outcome?.kind === 'imported' && (
          <p class="badge ok">{t('options_learned_import_done', String(outcome.count))}</p>
        )}
        {outcome?.kind === 'forgotten' && <p class="badge ok">{t('options_learned_forgotten')}</p>}
        {outcome?.kind === 'cancelled' && <p class="hint">{t('options_preview_cancelled')}</p>}
        {outcome?.kind === 'too-many' && (
          <p class="error">
            {t('options_learned_too_many', [
              String(outcome.stored),
              String(outcome.adding),
              String(outcome.max),
            ])}
          </p>
        )}
        {outcome?.kind === 'failed' && <p class="error">{outcome.text}</p>}
        {outcome?.kind === 'refused' && (
          <FileRefusal intro={t('options_learned_import_refused')} problems={outcome.problems} />
        )}
      </div>
    </section>
  );
}
