import type { Translate } from '@/lib/i18n';
import type { ImportPreview } from '@/lib/store/backup';

interface Props {
  preview: ImportPreview;
  t: Translate;
  onBackUp: () => void;
  onApply: () => void;
  onCancel: () => void;
}

type Counts = { added: string[]; changed: string[]; unchanged: number };

/** What an import would change, part by part, before anything is written; then back up, import or cancel. */
export function ImportPreviewPanel({ preview: p, t, onBackUp, onApply, onCancel }: Props) {
  const line = (label: string, c?: Counts) =>
    c && (
      <li>
        {t('options.backup.changes', {
          what: label,
          added: c.added.length,
          changed: c.changed.length,
          unchanged: c.unchanged,
        })}
      </li>
    );
  return (
    <div class="import-preview" role="region" aria-label={t('options.backup.preview')}>
      <strong>{t('options.backup.preview')}</strong>
      <ul>
        {line(t('options.section.rules'), p.rules)}
        {line(t('options.section.templates'), p.templates)}
        {line(t('options.section.sites'), p.sites)}
        {line(t('options.backup.reports'), p.reports)}
        {line(t('options.backup.usage'), p.usage)}
        {p.settings !== undefined && (
          <li>{p.settings ? t('options.backup.settingsChange') : t('options.backup.settingsSame')}</li>
        )}
      </ul>
      <button type="button" onClick={onBackUp}>
        {t('options.backup.first')}
      </button>{' '}
      <button type="button" class="primary" data-action="apply-import" onClick={onApply}>
        {t('options.backup.apply')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('options.cancel')}
      </button>
    </div>
  );
}
