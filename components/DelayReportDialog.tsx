import type { Translate } from '@/lib/i18n/translate';
import { zoneWords } from '@/lib/i18n/zone-words';
import { withoutTime } from '@/lib/reports/dialog-draft';
import { platformHas } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import type { Template } from '@/lib/templates/types';
import type { PageZone } from '@/lib/time/zone';
import { NoHourLeft } from './DelayChoices';
import { DelayDialogFrame } from './DelayDialogFrame';
import { DelayReportForm } from './DelayReportForm';
import { RecordedReports } from './RecordedReports';
import { ReportOutput } from './ReportOutput';
import { useDelayReport, type DelayReportInputs, type DelayReportState } from './use-delay-report';

export interface DelayDialogProps extends DelayReportInputs {
  template: Template | undefined;
  onDecide: (report: DelayReport, status: 'accepted' | 'refused') => Promise<void>;
  onClose: () => void;
}

/** The delay procedure once chosen: the form, a warning when the new time is after the deadline, the texts. */
function DelayProcedure(
  props: { report: DelayReportState } & Pick<DelayDialogProps, 'order' | 'template' | 't' | 'zone'>,
) {
  const { report, t } = props;
  return (
    <>
      <DelayReportForm report={report} t={t} zone={props.zone} />
      {report.afterDeadline && (
        <p class="hint" data-sd-after-deadline>
          {t('delay.afterDeadline', { deadline: report.deadlineText })}
        </p>
      )}
      {report.kind !== 'pre-report' && (
        <ReportOutput
          order={props.order}
          draft={report.wholeHour === undefined ? report.draft : withoutTime(report.draft)}
          template={props.template}
          t={t}
          zone={props.zone}
        />
      )}
    </>
  );
}

/** The line under the heading: the order number, and the deadline the dialog works from. */
function OrderDeadline(props: { orderId: string; report: DelayReportState; t: Translate; zone: PageZone }) {
  const { orderId, report, t, zone } = props;
  return (
    <p class="sub" data-sd-dialog-deadline>
      <span class="nowrap">{orderId}</span>
      {report.deadline !== undefined && (
        <>
          {' · '}
          <span class="nowrap">
            {t('overlay.shipByIn', { time: report.deadlineText, zone: zoneWords(zone, t) })}
          </span>
        </>
      )}
    </p>
  );
}

/**
 * The delay helper for one order, by its platform's procedure: reason, the new time (to the hour where the
 * platform asks it: PDD), evidence, the texts, and the platform's limits. On PDD it prepares the buyer notice only:
 * nothing it records moves a deadline.
 */
export function DelayReportDialog(props: DelayDialogProps) {
  const { order, t, onClose } = props;
  const report = useDelayReport(props);
  const { rules, choice } = report;
  // Without a report procedure (PDD, Taobao, Douyin) the helper is a notice to the buyer, and says so.
  const title = platformHas(order.platform, 'emergency') ? t('delay.title') : t('delay.noticeTitle');
  return (
    <DelayDialogFrame
      t={t}
      orderId={order.id}
      label={title}
      heading={report.mode === 'abnormal' ? t('delay.abnormalTitle') : title}
      onClose={onClose}
    >
      <OrderDeadline orderId={order.id} report={report} t={t} zone={props.zone} />
      {report.mode === 'abnormal' && rules.abnormalPath && (
        <p class="hint">{t('delay.abnormalHint', { path: rules.abnormalPath })}</p>
      )}
      <RecordedReports
        order={order}
        reports={props.reports}
        t={t}
        zone={props.zone}
        now={props.now}
        onDecide={props.onDecide}
      />
      {choice !== 'delay' && (
        <NoHourLeft
          t={t}
          deadlineText={report.deadlineText}
          shipNow={choice === 'ship-now'}
          onShipNow={() => report.setChoice('ship-now')}
          onDelay={() => report.setChoice('delay')}
        />
      )}
      {choice === 'delay' && (
        <DelayProcedure report={report} order={order} template={props.template} t={t} zone={props.zone} />
      )}
      <footer>
        <span role="status" class="message" data-sd-report-message>
          {report.message}
        </span>
        {choice === 'delay' && (
          <button
            type="button"
            class="primary"
            data-sd-action="save-report"
            onClick={() => void report.save()}
          >
            {t('delay.save')}
          </button>
        )}
      </footer>
    </DelayDialogFrame>
  );
}
