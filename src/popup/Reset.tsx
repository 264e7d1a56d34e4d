import { useState } from 'preact/hooks';
import { useUi } from '../ui/ui-context.tsx';

// Resetting forgets the companies and their progress (the profile and settings stay): asked twice.

export function Reset({ onReset }: { onReset: () => void }) {
  const { t } = useUi();
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="card" aria-labelledby="reset-title">
      <h2 id="reset-title">{t('popup_reset_title')}</h2>
      {confirming ? (
        <div class="confirm">
          <p>{t('popup_reset_confirm')}</p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            {t('popup_reset_yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('popup_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('popup_reset')}
        </button>
      )}
    </section>
  );
}
