import { useEffect, useState } from 'preact/hooks';
import { allGranted, nextStep } from '../engine/progress.ts';
import type { BackgroundApi } from '../ui/api.ts';
import { UiContext } from '../ui/ui-context.tsx';
import { useBackgroundState, usePageLanguage } from '../ui/use-state.ts';
import { Checklist } from './Checklist.tsx';
import { Companies } from './Companies.tsx';
import type { FirstView } from './first-view.ts';
import { Help } from './Help.tsx';
import { Notify } from './Notify.tsx';
import { Repaired } from './Repaired.tsx';
import { Reset } from './Reset.tsx';
import { companyViews, detectedCompany, whereView } from './view-model.ts';
import { Where } from './Where.tsx';

/** `first`: what was read without the background (see first-view.ts), shown until it answers. */
export function Popup({ api, first }: { api: BackgroundApi; first?: FirstView | undefined }) {
  // What needs the state (a managed profile may replace the stored one) waits for the background.
  const { state, error, run } = useBackgroundState(api);
  const language = usePageLanguage(api, state, 'extName', first?.language);
  // undefined until the tabs answer: "where" is never said from a guess.
  const [activeUrl, setActiveUrl] = useState<string | null | undefined>(first?.activeUrl);
  useEffect(() => {
    if (first) return;
    api.activeTabUrl().then(setActiveUrl, () => setActiveUrl(null));
  }, [api, first]);

  if (!language || activeUrl === undefined || !(state || first))
    return <main>{error ? <p role="alert">{error}</p> : <p aria-busy="true">…</p>}</main>;
  const { locale, t } = language;
  if (!state)
    return (
      <UiContext.Provider value={{ api, ...language }}>
        <main>
          <h1>{t('extName')}</h1>
          {error && (
            <p role="alert" class="error">
              {t('popup_error', error)}
            </p>
          )}
          <Where view={whereView(activeUrl, first?.hints.lastPage ?? null, locale)} next={null} />
          <p aria-busy="true">…</p>
        </main>
      </UiContext.Provider>
    );
  const companies = companyViews(state);
  const current = companies.find((company) => company.isCurrent) ?? companies[0];
  // Every analyst of every company has access: the e-mail to the firm first, nothing else asking for attention.
  const finished = allGranted(state);
  const notify = <Notify state={state} allDone={finished} onSent={() => run(api.markNotified())} />;
  return (
    <UiContext.Provider value={{ api, ...language }}>
      <main>
        <h1>{t('extName')}</h1>
        {error && (
          <p role="alert" class="error">
            {t('popup_error', error)}
          </p>
        )}
        <Repaired notes={state.recoveryNotes} now={Date.now()} />
        {finished ? (
          <>
            <p class="finished" data-testid="finished">
              {t('popup_finished')}
            </p>
            {notify}
          </>
        ) : (
          <Where view={whereView(activeUrl, state.lastPage, locale)} next={nextStep(state)} />
        )}
        <Checklist collapsed={finished} />
        <Companies
          companies={companies}
          detected={finished ? null : detectedCompany(state)}
          compact={finished}
          onAdd={(number, name) => run(api.addCompany(number, name))}
          onRemove={(number) => run(api.removeCompany(number))}
        />
        {!finished && notify}
        <Help profile={state.profile} companyName={current?.name ?? ''} />
        <Reset onReset={() => run(api.resetProgress())} />
        <p>
          <button type="button" class="link" onClick={() => api.openOptions()}>
            {t('popup_open_options')}
          </button>
        </p>
      </main>
    </UiContext.Provider>
  );
}
