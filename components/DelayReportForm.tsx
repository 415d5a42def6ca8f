import type { Translate } from '@/lib/i18n/translate';
import { reasonsFor } from '@/lib/reports/dialog-draft';
import type { DelayReason, ReportKind } from '@/lib/reports/types';
import { CouponField, EvidenceChoice } from './DelayChoices';
import { NewShipTimeField, WindowEndField } from './DelayTimeFields';
import type { DelayReportState } from './use-delay-report';
import { type PageZone } from '@/lib/time/zone';

/**
 * The report the merchant prepares: its kind (only those the platform has), its reason, its new time (a
 * pre-report: the end of its window), and the fields only some reports take: JD's emergency evidence, PDD's
 * apology coupon.
 */
export function DelayReportForm(props: { report: DelayReportState; t: Translate; zone: PageZone }) {
  const { report, t } = props;
  const { kind, rules } = report;
  return (
    <div class="form">
      <label class="wide">
        <span>{t('delay.kindLabel')}</span>
        <select
          value={kind}
          data-field="kind"
          onChange={(e) => report.chooseKind(e.currentTarget.value as ReportKind)}
        >
          {report.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`delay.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="wide">
        <span>{t('delay.reasonLabel')}</span>
        <select
          value={report.reason}
          data-field="reason"
          onChange={(e) => report.setReason(e.currentTarget.value as DelayReason)}
        >
          {reasonsFor(kind).map((r) => (
            <option key={r} value={r}>
              {t(`delay.reason.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'pre-report' ? (
        <WindowEndField t={t} field={report.windowEnd} maxDays={rules.preReport?.maxDays} zone={props.zone} />
      ) : (
        <NewShipTimeField
          t={t}
          field={report.time}
          from={report.timeFrom}
          toTheHour={rules.promiseToTheHour}
          wholeHour={report.wholeHour}
          zone={props.zone}
        />
      )}
      {kind === 'notice' && rules.noticeCoupon && (
        <CouponField t={t} value={report.coupon} onChange={report.setCoupon} />
      )}
      {kind === 'emergency' && (
        <EvidenceChoice t={t} evidence={report.evidence} onChange={report.setEvidence} />
      )}
    </div>
  );
}
