import type { State } from '../shared/state.ts';
import { useUi } from '../ui/ui-context.tsx';

/** How long a repair of the stored data is mentioned in the popup (the options page lists them all). */
const SHOWN_FOR_MS = 14 * 24 * 3600 * 1000;

/** A short line when stored data was damaged and repaired lately, with the way to the details. */
export function Repaired({ notes, now }: { notes: State['recoveryNotes']; now: number }) {
  const { t, api } = useUi();
  if (!notes.some((note) => now - note.at < SHOWN_FOR_MS)) return null;
  return (
    <p role="status" class="error" data-testid="repaired">
      {t('popup_repaired')}{' '}
      <button type="button" class="link" onClick={() => api.openOptions()}>
        {t('popup_repaired_details')}
      </button>
    </p>
  );
}
