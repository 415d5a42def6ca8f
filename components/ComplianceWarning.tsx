import type { Translate } from '@/lib/i18n/translate';
import type { ComplianceHit } from '@/lib/templates/compliance';

interface Props {
  hits: ComplianceHit[];
  t: Translate;
  onInsert: () => void;
  onBack: () => void;
}

/** Words a platform may penalise, shown before the reply goes into the box; the merchant decides. */
export function ComplianceWarning({ hits, t, onInsert, onBack }: Props) {
  return (
    <div class="warn" role="alert" data-sd-compliance>
      <p>{t('reply.compliance')}</p>
      <ul>
        {hits.map((h, i) => (
          <li key={i}>
            <b>{h.word}</b> — {t(`reply.complianceKind.${h.category}`)}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" onClick={onBack} class="primary">
          {t('reply.back')}
        </button>
        <button type="button" data-sd-action="insert-anyway" onClick={onInsert}>
          {t('reply.insertAnyway')}
        </button>
      </div>
    </div>
  );
}
