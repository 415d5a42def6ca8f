import type { Translate } from '@/lib/i18n/translate';

interface Props {
  t: Translate;
  /** Undo asked and refused because the text was edited since: the merchant says yes or keeps it. */
  asking: boolean;
  onUndo: () => void;
  onConfirm: () => void;
  onKeep: () => void;
}

/** Undo of the last template inserted, asking first when the merchant has edited it since. */
export function UndoControls({ t, asking, onUndo, onConfirm, onKeep }: Props) {
  if (!asking)
    return (
      <button type="button" class="undo" data-sd-action="undo" onClick={onUndo}>
        {t('reply.undo')}
      </button>
    );
  return (
    <span class="undo-ask" role="alertdialog" aria-label={t('reply.undo')} data-sd-undo-ask="">
      {t('reply.undoEdited')}
      <button type="button" data-sd-action="undo-confirm" onClick={onConfirm}>
        {t('reply.undoAnyway')}
      </button>
      <button type="button" data-sd-action="undo-cancel" onClick={onKeep}>
        {t('reply.undoKeep')}
      </button>
    </span>
  );
}
