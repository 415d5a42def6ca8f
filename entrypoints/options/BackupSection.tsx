import { useState } from 'preact/hooks';
import { request } from '@/components/client';
import { failureText } from '@/components/store-failure';
import { downloadBackup } from './backup-download';
import type { Translate } from '@/lib/i18n';
import type { ExportScope, ImportError, ImportPreview } from '@/lib/store/backup';
import { backupInvalidText } from '@/lib/store/invalid-text';

interface Props {
  t: Translate;
  onImported: () => void;
}

function errorText(error: ImportError, t: Translate): string {
  switch (error.code) {
    case 'too-large':
      return t('options.backup.tooLarge');
    case 'not-json':
      return t('options.backup.notJson');
    case 'foreign':
      return t('options.backup.foreign');
    case 'newer':
      return t('options.backup.newer', { version: error.version });
    case 'invalid':
      return backupInvalidText(error, t);
  }
}

/** Export to a JSON file; import shows what would change and applies all of it or nothing. */
export function BackupSection({ t, onImported }: Props) {
  const [pending, setPending] = useState<{ text: string; preview: ImportPreview } | null>(null);
  const [message, setMessage] = useState('');

  // A failed export or import is said here, next to the buttons, never dropped.
  const exportScope = (scope: ExportScope) =>
    downloadBackup(scope).catch((e: unknown) => setMessage(failureText(e, t)));

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    const result = await request('backup/preview', { text }).catch((e: unknown) => {
      setMessage(failureText(e, t));
      return null;
    });
    if (!result) return setPending(null);
    if (!result.ok) {
      setPending(null);
      return setMessage(errorText(result.error, t));
    }
    setMessage('');
    setPending({ text, preview: result.preview });
  };

  const apply = async () => {
    if (!pending) return;
    const result = await request('backup/apply', { text: pending.text }).catch((e: unknown) => {
      // Nothing was imported (one transaction); the preview stays so it can be tried again.
      setMessage(failureText(e, t));
      return null;
    });
    if (!result) return;
    setPending(null);
    if (!result.ok) return setMessage(errorText(result.error, t));
    setMessage(t('options.backup.done'));
    onImported();
  };

  const p = pending?.preview;
  const line = (label: string, c?: { added: string[]; changed: string[]; unchanged: number }) =>
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
    <div class="backup">
      <p class="muted small" data-backup-scope>
        {t('options.backup.allIncludes')}
      </p>
      <div class="row">
        <button type="button" onClick={() => void exportScope('all')}>
          {t('options.backup.exportAll')}
        </button>
        <button type="button" onClick={() => void exportScope('rules')}>
          {t('options.backup.exportRules')}
        </button>
        <button type="button" onClick={() => void exportScope('templates')}>
          {t('options.backup.exportTemplates')}
        </button>
      </div>
      <label class="field">
        <span>{t('options.backup.import')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-field="import"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {p && (
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
          <button type="button" onClick={() => void exportScope('all')}>
            {t('options.backup.first')}
          </button>{' '}
          <button type="button" class="primary" data-action="apply-import" onClick={() => void apply()}>
            {t('options.backup.apply')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('options.cancel')}
          </button>
        </div>
      )}
      <p role="status" class="message" data-backup-message>
        {message}
      </p>
    </div>
  );
}
