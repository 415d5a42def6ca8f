import { useState } from 'preact/hooks';
import { failureText } from '@/components/store-failure';
import { plural, type Locale, type Translate } from '@/lib/i18n';
import { changedBuiltIns } from '@/lib/templates/builtins-changed';
import type { Template } from '@/lib/templates/types';
import { downloadBackup } from './backup-download';

interface Props {
  templates: Template[];
  t: Translate;
  locale: Locale;
  onNew: () => void;
  onRestore: () => Promise<unknown>;
  /** The built-ins were restored: an open editor shows the restored wording instead of its draft. */
  onRestored: () => void;
}

/** New template and restore the built-ins; the restore asks first, offers a backup, then says what it did. */
export function RestoreBuiltIns({ templates, t, locale, onNew, onRestore, onRestored }: Props) {
  const [confirming, setConfirming] = useState(false);
  /** A backup that could not be made is said before the merchant goes on to restore. */
  const [backupFailure, setBackupFailure] = useState('');
  /** What the last restore did, said next to the button. */
  const [restored, setRestored] = useState('');

  const restore = async () => {
    setConfirming(false);
    // Counted before the restore changes them.
    const count = changedBuiltIns(templates);
    try {
      await onRestore();
    } catch {
      return setRestored(t('storage.notSaved'));
    }
    onRestored();
    setRestored(
      count === 0 ? t('options.tpl.restoredNone') : plural(t, locale, 'options.tpl.restored', count),
    );
  };
  const backUp = () =>
    void downloadBackup('templates').then(
      () => setBackupFailure(''),
      (e: unknown) => setBackupFailure(failureText(e, t)),
    );

  return (
    <>
      <div class="list-actions">
        <button type="button" data-action="new-template" onClick={onNew}>
          {t('options.tpl.new')}
        </button>
        <button
          type="button"
          onClick={() => {
            setRestored('');
            setConfirming(true);
          }}
        >
          {t('options.tpl.restore')}
        </button>
      </div>
      {restored && (
        <p role="status" class="message" data-restore-message>
          {restored}
        </p>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-label={t('options.tpl.restore')}>
          <p>{t('options.tpl.restoreWarning')}</p>
          {backupFailure && (
            <p role="alert" class="error-text">
              {backupFailure}
            </p>
          )}
          <div class="row">
            <button type="button" onClick={backUp}>
              {t('options.backup.first')}
            </button>
            <button type="button" class="danger" data-action="confirm-restore" onClick={() => void restore()}>
              {t('options.tpl.restore')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
