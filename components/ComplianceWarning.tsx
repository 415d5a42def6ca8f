import type { Translate } from '@/lib/i18n/translate';
import { complianceSources, type ComplianceHit } from '@/lib/templates/compliance';

interface Props {
  hits: ComplianceHit[];
  t: Translate;
  onInsert: () => void;
  onBack: () => void;
}

/**
 * Words a platform may penalise, shown before the reply goes into the box; the merchant decides. Each says where
 * its list comes from: no platform text names them, so they are estimates, not "forbidden".
 */
export function ComplianceWarning({ hits, t, onInsert, onBack }: Props) {
  return (
    <div class="warn" role="alert" data-sd-compliance>
      <p>{t('reply.mayBePenalised')}</p>
      <ul>
        {hits.map((h, i) => (
          <li key={i} data-sd-compliance-source={complianceSources[h.category].source}>
            <b>{h.word}</b> — {t(`reply.complianceKind.${h.category}`)}{' '}
            <span class="source">
              (
              {complianceSources[h.category].source === 'no source: estimate'
                ? t('reply.complianceEstimate')
                : complianceSources[h.category].source}
              )
            </span>
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
