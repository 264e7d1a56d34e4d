import { useEffect, useState } from 'preact/hooks';
import type { EffectiveProfile } from '../shared/managed-profile.ts';
import type { BackgroundApi } from '../ui/api.ts';
import { UI_LOCALES, type UiLocaleSetting } from '../ui/locale.ts';
import { errorText } from '../ui/problem.ts';
import { UiContext } from '../ui/ui-context.tsx';
import { useBackgroundState, usePageLanguage } from '../ui/use-state.ts';
import { ImportExport } from './ImportExport.tsx';
import { LearnedSection } from './LearnedSection.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';

export function Options({ api }: { api: BackgroundApi }) {
  const { state, error, run } = useBackgroundState(api);
  const language = usePageLanguage(api, state, 'options_title');
  const [effective, setEffective] = useState<EffectiveProfile | null>(null);
  const [saved, setSaved] = useState(false);
  // Every new state (a save, an import, a policy change seen by the background) may change the profile in force.
  useEffect(() => {
    if (state) api.getProfile().then(setEffective, () => setEffective(null));
  }, [api, state]);

  if (!state || !effective || !language)
    return <main>{error ? <p role="alert">{error}</p> : <p aria-busy="true">…</p>}</main>;
  const { t } = language;
  const locked = effective.source === 'managed';
  const save = async (profile: EffectiveProfile['profile']) => {
    // A refusal (a policy set since this page was opened) is worded in the page's language.
    const ok = await run(
      api.setProfile(profile).catch((e: unknown) => {
        throw new Error(errorText(e, t));
      }),
    );
    setSaved(ok);
    return ok;
  };
  return (
    <UiContext.Provider value={{ api, ...language }}>
      <main>
        <h1>{t('options_title')}</h1>
        {error && (
          <p role="alert" class="error">
            {t('popup_error', error)}
          </p>
        )}
        {locked && (
          <p class="managed" role="note" data-testid="managed-banner">
            {t('options_managed')}
          </p>
        )}
        {state.profileUnreadable && (
          <p class="error" role="alert" data-testid="profile-unreadable">
            {t('options_profile_unreadable')}
          </p>
        )}
        {effective.problems.length > 0 && (
          <div class="error" role="alert" data-testid="managed-invalid">
            <p>{t('options_managed_invalid')}</p>
            <ul>
              {effective.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <section aria-labelledby="language-title">
          <h2 id="language-title">{t('options_language_title')}</h2>
          <div class="field">
            <label for="ui-locale">{t('options_language')}</label>
            <select
              id="ui-locale"
              value={state.settings.uiLocale}
              onChange={(event) => run(api.setUiLocale(event.currentTarget.value as UiLocaleSetting))}
            >
              <option value="auto">{t('options_language_auto')}</option>
              {UI_LOCALES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`options_language_${code}`)}
                </option>
              ))}
            </select>
          </div>
        </section>
        <ProfileEditor
          // A new effective profile (import, policy change) restarts the form from it.
          key={JSON.stringify(effective)}
          profile={effective.profile}
          locked={locked}
          onSave={save}
          onEdit={() => setSaved(false)}
        />
        <p role="status" class="hint" data-testid="saved">
          {saved && t('options_saved')}
        </p>
        <ImportExport
          profile={effective.profile}
          unreadable={state.profileUnreadable}
          locked={locked}
          onImport={save}
        />
        <LearnedSection />
        {state.recoveryNotes.length > 0 && (
          <section aria-labelledby="notes-title">
            <h2 id="notes-title">{t('options_notes_title')}</h2>
            <p class="hint">{t('options_notes_hint')}</p>
            <ul data-testid="recovery-notes">
              {state.recoveryNotes.map((note) => (
                <li key={`${note.at}-${note.message}`}>
                  {new Date(note.at).toLocaleString(language.locale)} — {note.message}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p class="hint">
          <a href={`privacy.html#${language.locale}`} target="_blank" rel="noopener">
            {t('options_privacy')}
          </a>
        </p>
      </main>
    </UiContext.Provider>
  );
}
