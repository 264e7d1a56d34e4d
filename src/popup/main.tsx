import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, send } from '../shared/browser.ts';
import type { State } from '../shared/state.ts';

const t = (key: string) => browser.i18n.getMessage(key) || key;

function Popup() {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'state/get' }).then(setState, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!state) return <p aria-busy="true">…</p>;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p data-testid="last-page">{state.lastPage ? state.lastPage.url : t('popupNoPageYet')}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
