import { useUi } from '../ui/ui-context.tsx';

/** The exact text an export link saves, to read before saving it (nothing leaves the browser unseen). */
export function ExportText({ text, testId }: { text: string; testId: string }) {
  const { t } = useUi();
  return (
    <details class="export-text" data-testid={testId}>
      <summary>{t('options_export_show')}</summary>
      <pre>{text}</pre>
    </details>
  );
}
