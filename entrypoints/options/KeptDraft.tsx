import type { Translate } from '@/lib/i18n/translate';

interface Props {
  t: Translate;
  /** What was refused and kept: the editor's own sentence ("another tab saved this rule first…"). */
  message: string;
  /** Puts the merchant's version back into the form; it is saved over the newer one only on the next Save. */
  onRestore: () => void;
  onDiscard: () => void;
}

/**
 * Shown when another tab saved the same item first: the page shows the newer version, and the merchant's own
 * version is kept here to put back or discard (never dropped). One notice for every editor of the options page.
 */
export function KeptDraft({ t, message, onRestore, onDiscard }: Props) {
  return (
    <div class="confirm kept" role="status" data-kept-draft>
      <p>{message}</p>
      <div class="actions">
        <button type="button" class="primary" data-action="restore-draft" onClick={onRestore}>
          {t('options.tpl.keptRestore')}
        </button>
        <button type="button" data-action="discard-draft" onClick={onDiscard}>
          {t('options.tpl.keptDiscard')}
        </button>
      </div>
    </div>
  );
}
