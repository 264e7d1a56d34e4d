import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useUi } from '../ui/ui-context.tsx';

// What an import would change, and the question: nothing is replaced until Confirm. Keyboard: focus moves to the
// question's Cancel button (the safe choice) when it opens, Escape cancels, and the page puts focus back on the
// file picker afterwards.

interface ConfirmImportProps {
  title: string;
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

export function ConfirmImport({ title, testId, onConfirm, onCancel, children }: ConfirmImportProps) {
  const { t } = useUi();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <fieldset
      class="confirm preview"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <legend>{title}</legend>
      {children}
      <button type="button" class="primary" onClick={onConfirm} data-testid={`${testId}-confirm`}>
        {t('options_preview_confirm')}
      </button>
      <button type="button" ref={cancel} onClick={onCancel} data-testid={`${testId}-cancel`}>
        {t('options_preview_cancel')}
      </button>
    </fieldset>
  );
}
