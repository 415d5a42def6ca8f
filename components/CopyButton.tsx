import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some pages deny the async clipboard: the old selection-based copy still works from a click.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function CopyButton({ text, t, label }: { text: string; t: Translate; label?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      class="copy"
      data-sd-action="copy"
      onClick={() =>
        void copy(text).then((ok) => {
          setDone(ok);
          setTimeout(() => setDone(false), 1500);
        })
      }
    >
      {done ? t('delay.copied') : (label ?? t('delay.copy'))}
    </button>
  );
}
