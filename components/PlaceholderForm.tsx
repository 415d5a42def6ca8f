import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '@/lib/i18n/translate';

interface Props {
  missing: string[];
  t: Translate;
  onDone: (values: Record<string, string>) => void;
  onBack: () => void;
}

/** Asks for the values the order could not give (no reply goes out as "您的订单 ，" with a hole). */
export function PlaceholderForm({ missing, t, onDone, onBack }: Props) {
  const [values, setValues] = useState<Record<string, string>>({});
  const complete = missing.every((name) => values[name]?.trim());
  return (
    <form
      class="fill"
      data-sd-fill
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onDone(values);
      }}
    >
      <p class="hint">{t('reply.fillIn')}</p>
      {missing.map((name, i) => (
        <label key={name}>
          <span>{t(`placeholder.${name}` as MessageKey)}</span>
          <input
            data-placeholder={name}
            value={values[name] ?? ''}
            autoFocus={i === 0}
            onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })}
          />
        </label>
      ))}
      <div class="row">
        <button type="submit" class="primary" disabled={!complete} data-sd-action="insert">
          {t('reply.insert')}
        </button>
        <button type="button" onClick={onBack}>
          {t('reply.back')}
        </button>
      </div>
    </form>
  );
}
