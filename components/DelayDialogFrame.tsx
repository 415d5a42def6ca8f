import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';

interface Props {
  t: Translate;
  orderId: string;
  /** The dialog's accessible name. */
  label: string;
  heading: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The delay helper's modal frame: the backdrop, the heading and its close button. A modal dialog takes the
 * keyboard: focus moves into it (not left on the button behind it), Escape closes it, and so does a click on
 * the backdrop around it.
 */
export function DelayDialogFrame({ t, orderId, label, heading, onClose, children }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('select, input, textarea, button:not(.close)')?.focus();
  }, []);
  return (
    <div
      class="backdrop"
      onClick={(e) => e.target === e.currentTarget && onClose()}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div
        ref={dialog}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={label}
        data-sd-delay-dialog={orderId}
      >
        <header>
          <h3>{heading}</h3>
          <button type="button" class="close" aria-label={t('overlay.dismiss')} onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
