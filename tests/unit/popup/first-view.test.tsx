// @vitest-environment jsdom
import '../support/preact-frames.ts';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readFirstView } from '../../../src/popup/first-view.ts';
import { Popup } from '../../../src/popup/Popup.tsx';
import type { State } from '../../../src/shared/state.ts';
import { storedHints } from '../../../src/ui/stored-hints.ts';
import { mockApi, stateWithProgress } from './mock-api.ts';

// The popup's first frame comes from what it reads without the background (issue 15: opened right after the
// install, it showed « … » for seconds while the service worker started): the heading and where the client is,
// then the background's state refines it.

afterEach(cleanup);

const NISS_PAGE = 'https://www.socialsecurity.be/app000/umoe/new-user.htm';

/** A mock whose background has not answered yet: getState waits until `answer` is called. */
function silentBackground(state: State, hints: unknown, activeUrl: string | null, browserLanguage = 'fr-BE') {
  const api = mockApi({ state, activeUrl, browserLanguage });
  let answer: () => void = () => undefined;
  const answered = api.getState();
  api.getState = () =>
    new Promise((resolve) => {
      answer = () => resolve(answered);
    });
  api.readStoredHints = async () => storedHints(hints);
  return { api, answer: () => answer() };
}

describe('the popup before the background answers', () => {
  it('shows the heading and the step of the active tab from the stored state, then the rest', async () => {
    const state = stateWithProgress();
    state.lastPage = { url: NISS_PAGE, stepId: 'grant.niss', lang: 'fr', at: 1 };
    const { api, answer } = silentBackground(state, state, NISS_PAGE);
    const first = await readFirstView(api);
    render(<Popup api={api} first={first ?? undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Guide des accès ONSS');
    expect(screen.getByTestId('where-step').textContent).toContain('NISS');
    expect(screen.queryByRole('heading', { name: /À préparer/ })).toBeNull();
    answer();
    expect(await screen.findByRole('heading', { name: /À préparer/ })).toBeTruthy();
    expect(screen.getByTestId('where-step').textContent).toContain('NISS');
  });

  it('speaks the language set in the stored state, not the browser’s', async () => {
    const state = { ...stateWithProgress(), settings: { uiLocale: 'nl' as const } };
    const { api } = silentBackground(state, state, null, 'fr-BE');
    render(<Popup api={api} first={(await readFirstView(api)) ?? undefined} />);
    expect(screen.getByRole('link', { name: /Werkgevers/ }).getAttribute('href')).toContain('/site_nl/');
    expect(document.documentElement.lang).toBe('nl');
  });
});

describe('storedHints', () => {
  it('reads the language setting and the page last seen, and nothing from a value of another shape', () => {
    const lastPage = { url: NISS_PAGE, stepId: 'grant.niss', lang: 'fr', at: 1 };
    expect(storedHints({ settings: { uiLocale: 'de' }, lastPage })).toEqual({
      uiLocale: 'de',
      lastPage: { url: NISS_PAGE, stepId: 'grant.niss' },
    });
    const none = { uiLocale: 'auto', lastPage: null };
    for (const stored of [
      undefined,
      null,
      'state',
      [],
      { settings: { uiLocale: 'es' }, lastPage: { url: 3 } },
    ])
      expect(storedHints(stored)).toEqual(none);
    expect(storedHints({ lastPage: { url: NISS_PAGE, stepId: 7 } }).lastPage).toEqual({
      url: NISS_PAGE,
      stepId: null,
    });
  });
});
