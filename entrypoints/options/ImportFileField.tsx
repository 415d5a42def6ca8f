import type { Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  /** The file last chosen, shown beside the button; empty: none yet. */
  fileName: string;
  onChoose: (input: HTMLInputElement) => void;
}

/**
 * The backup file chooser in the extension's own language. The browser's file input would say "Choose file /
 * No file chosen" in the browser's language, so it is kept for the keyboard and screen readers but drawn by
 * nothing of its own: its label is the visible button (focus shows on it), and the chosen file's name is ours.
 */
export function ImportFileField({ t, fileName, onChoose }: Props) {
  return (
    <div class="field">
      <span id="sd-import-caption">{t('options.backup.import')}</span>
      <div class="file-pick">
        <input
          id="sd-import"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          data-field="import"
          aria-labelledby="sd-import-caption sd-import-choose"
          aria-describedby="sd-import-file"
          onChange={(e) => onChoose(e.currentTarget)}
        />
        <label id="sd-import-choose" for="sd-import" class="file-button">
          {t('options.backup.chooseFile')}
        </label>
        <span id="sd-import-file" class="muted" data-import-file>
          {fileName || t('options.backup.noFile')}
        </span>
      </div>
    </div>
  );
}
