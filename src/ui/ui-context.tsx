import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Catalog } from '../shared/i18n.ts';
import type { Locale } from '../shared/state.ts';
import type { BackgroundApi } from './api.ts';
import type { Translate } from './locale.ts';

export interface Ui {
  api: BackgroundApi;
  t: Translate;
  locale: Locale;
  catalog: Catalog;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside UiContext');
  return ui;
}
