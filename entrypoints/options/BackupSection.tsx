import { useState } from 'preact/hooks';
import { request } from '@/components/client';
import { failureText } from '@/components/store-failure';
import { downloadBackup } from './backup-download';
import type { Translate } from '@/lib/i18n';
import type { ExportScope, ImportError, ImportPreview } from '@/lib/store/backup';
import { backupInvalidText } from '@/lib/store/invalid-text';
import { ImportFileField } from './ImportFileField';
import { ImportPreviewPanel } from './ImportPreviewPanel';

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
  /** The chosen file's name, in our own words beside our own button (the browser's would use its language). */
  const [fileName, setFileName] = useState('');

  // A failed export or import is said here, next to the buttons, never dropped.
  const exportScope = (scope: ExportScope) =>
    downloadBackup(scope).catch((e: unknown) => setMessage(failureText(e, t)));

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFileName(file.name);
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
      <ImportFileField t={t} fileName={fileName} onChoose={(input) => void choose(input)} />
      {pending && (
        <ImportPreviewPanel
          preview={pending.preview}
          t={t}
          onBackUp={() => void exportScope('all')}
          onApply={() => void apply()}
          onCancel={() => setPending(null)}
        />
      )}
      <p role="status" class="message" data-backup-message>
        {message}
      </p>
    </div>
  );
}
