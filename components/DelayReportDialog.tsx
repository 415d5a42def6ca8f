import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Assessment } from '@/lib/rules/assess';
import { ceilToHour, isOnTheHour, platformHas, type Refusal } from '@/lib/reports/lifecycle';
import { acceptedMove } from '@/lib/reports/moved';
import { reportRules, type Evidence } from '@/lib/reports/presets';
import { promiseFor } from '@/lib/reports/promise';
import { formatTimeInput, parseTimeInput } from '@/lib/reports/time-input';
import { delayReasons, type DelayReason, type DelayReport, type ReportKind } from '@/lib/reports/types';
import type { Template } from '@/lib/templates/types';
import { formatWallClock } from '@/lib/time/china-time';
import { EvidenceChoice, NoHourLeft } from './DelayChoices';
import { RecordedReports } from './RecordedReports';
import { ReportOutput } from './ReportOutput';
import type { PageZone } from '@/lib/time/zone';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The time fields' text (`2026-12-09 18:30`, page time), the format the page and the notice use. */
const localInput = formatTimeInput;

export interface DelayDialogProps {
  order: Order;
  assessment: Assessment;
  reports: DelayReport[];
  template: Template | undefined;
  t: Translate;
  zone: PageZone;
  /** `abnormal`: the buyer cannot be reached (unclear address, dead phone). */
  mode: 'delay' | 'abnormal';
  now: number;
  onSave: (report: DelayReport) => Promise<Refusal | null>;
  onDecide: (report: DelayReport, status: 'accepted' | 'refused') => Promise<void>;
  onClose: () => void;
}

function refusalText(r: Refusal, t: Translate): string {
  if (r.code === 'card-already-sent')
    return t('delay.refuse.cardSent', { status: t(`delay.status.${r.previous}`) });
  if (r.code === 'window-too-long') return t('delay.refuse.windowTooLong', { days: r.maxDays });
  if (r.code === 'not-on-this-platform') return t('delay.refuse.notOnPlatform');
  return t(`delay.refuse.${r.code}`);
}

/** The draft without its new time: nothing is prepared for the buyer from a time the platform would not take. */
function withoutTime(draft: DelayReport): DelayReport {
  const { newShipTime: _notYet, ...rest } = draft;
  return rest;
}

/** A pre-report is for foreseeable force majeure only (jd-shipping-faq: 因不可抗因素). */
const PRE_REPORT_REASONS: readonly DelayReason[] = ['force-majeure'];
/** Seller Desk's suggestions where no source gives a number: labelled as estimates in the dialog. */
const SUGGESTED_DELAY_HOURS = 24;
const SUGGESTED_WINDOW_DAYS = 3;

/**
 * The delay helper for one order, by its platform's procedure: reason, the new time (to the hour where the
 * platform asks it: PDD), evidence, the texts, and the platform's limits. On PDD it prepares the buyer notice only:
 * nothing it records moves a deadline.
 */
export function DelayReportDialog(props: DelayDialogProps) {
  const { order, assessment, reports, template, t, zone, now, onSave, onDecide, onClose } = props;
  const rules = reportRules[order.platform];
  // The abnormal-order path is JD's: elsewhere the helper is the delay helper.
  const mode = props.mode === 'abnormal' && rules.abnormalPath ? 'abnormal' : 'delay';
  const kinds = (['card', 'emergency', 'notice', 'pre-report'] as ReportKind[]).filter((k) =>
    platformHas(order.platform, k),
  );
  // A report accepted while the dialog is open moves the deadline here too (the badge's is moved the same way).
  const deadline = acceptedMove(order, reports)?.newShipTime ?? assessment.deadline;
  const promise = deadline !== undefined ? promiseFor(order.platform, deadline, now, zone) : undefined;
  const noHourLeft = promise?.ok === false && promise.why === 'no-hour-left';
  // Opened again after a report was recorded: the form starts from that report (its kind, reason and new
  // time), so the notice the merchant copies says what was filed, not a fresh proposal.
  const recorded = reports
    .filter((r) => r.orderKey === `${order.platform}:${order.id}` && r.newShipTime !== undefined)
    .reduce<DelayReport | undefined>((a, r) => (!a || r.createdAt > a.createdAt ? r : a), undefined);
  const initialKind = recorded && kinds.includes(recorded.kind) ? recorded.kind : (kinds[0] ?? 'notice');
  const [kind, setKind] = useState<ReportKind>(initialKind);
  const [reason, setReason] = useState<DelayReason>(
    mode === 'abnormal'
      ? 'address'
      : (recorded?.reason ?? (order.presale && rules.presale ? 'presale-transfer' : 'out-of-stock')),
  );
  // The default new time: the recorded one; else, for a notice on an order not yet late, the promise that
  // is not after the deadline; else a suggestion (an estimate, labelled so).
  const suggestion = ceilToHour(Math.max(deadline ?? now, now) + SUGGESTED_DELAY_HOURS * HOUR, zone);
  const [defaultFrom] = useState<'recorded' | 'promise' | 'suggestion'>(
    recorded?.newShipTime !== undefined
      ? 'recorded'
      : initialKind === 'notice' && promise?.ok
        ? 'promise'
        : 'suggestion',
  );
  const initialTime = localInput(
    recorded?.newShipTime ?? (defaultFrom === 'promise' && promise?.ok ? promise.at : suggestion),
    zone,
  );
  const [time, setTime] = useState(initialTime);
  const initialUntil = localInput(ceilToHour(now + SUGGESTED_WINDOW_DAYS * DAY, zone), zone);
  const [until, setUntil] = useState(initialUntil);
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [coupon, setCoupon] = useState(recorded?.coupon !== undefined ? String(recorded.coupon) : '');
  // PDD with no whole hour left before the deadline: the merchant first chooses between shipping now and the
  // delay procedure; no late hour is proposed as if it were a promise.
  const [choice, setChoice] = useState<'ask' | 'ship-now' | 'delay'>(
    noHourLeft && !recorded ? 'ask' : 'delay',
  );
  const [message, setMessage] = useState('');
  const typed = parseTimeInput(time, zone) ?? undefined;
  // PDD promises name a whole hour: a time between hours is not put in front of the buyer; the whole hour it
  // would become is shown first, and used once the merchant takes it.
  const wholeHour =
    rules.promiseToTheHour && typed !== undefined && !isOnTheHour(typed, zone)
      ? ceilToHour(typed, zone)
      : undefined;
  const newShipTime = typed;
  const couponAmount = rules.noticeCoupon && Number(coupon) > 0 ? Number(coupon) : undefined;
  const draft: DelayReport = {
    id: `report.${now.toString(36)}`,
    kind,
    platform: order.platform,
    status: 'pending',
    reason,
    createdAt: now,
    ...(kind === 'pre-report'
      ? { window: { from: now, to: parseTimeInput(until, zone) ?? now } }
      : { orderKey: `${order.platform}:${order.id}`, ...(newShipTime !== undefined ? { newShipTime } : {}) }),
    ...(kind === 'emergency' ? { evidence } : {}),
    ...(kind === 'notice' && couponAmount !== undefined ? { coupon: couponAmount } : {}),
  };
  const late = deadline !== undefined && deadline <= now;
  const afterDeadline =
    kind === 'notice' &&
    !late &&
    deadline !== undefined &&
    newShipTime !== undefined &&
    newShipTime > deadline;
  // Without a report procedure (PDD, Taobao, Douyin) the helper is a notice to the buyer, and says so.
  const title = platformHas(order.platform, 'emergency') ? t('delay.title') : t('delay.noticeTitle');
  const deadlineText = deadline !== undefined ? formatWallClock(deadline, zone) : '';

  const save = async () => {
    const refusal = await onSave(draft);
    setMessage(refusal ? refusalText(refusal, t) : t('delay.saved'));
  };
  // A modal dialog takes the keyboard: focus moves into it (not left on the button behind it), Escape closes it.
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
        aria-label={title}
        data-sd-delay-dialog={order.id}
      >
        <header>
          <h3>{mode === 'abnormal' ? t('delay.abnormalTitle') : title}</h3>
          <button type="button" class="close" aria-label={t('overlay.dismiss')} onClick={onClose}>
            ×
          </button>
        </header>
        <p class="sub" data-sd-dialog-deadline>
          <span class="nowrap">{order.id}</span>
          {deadline !== undefined && (
            <>
              {' · '}
              <span class="nowrap">{t('overlay.shipBy', { time: deadlineText })}</span>
            </>
          )}
        </p>
        {mode === 'abnormal' && rules.abnormalPath && (
          <p class="hint">{t('delay.abnormalHint', { path: rules.abnormalPath })}</p>
        )}
        <RecordedReports order={order} reports={reports} t={t} zone={zone} now={now} onDecide={onDecide} />
        {choice !== 'delay' && (
          <NoHourLeft
            t={t}
            deadlineText={deadlineText}
            shipNow={choice === 'ship-now'}
            onShipNow={() => setChoice('ship-now')}
            onDelay={() => setChoice('delay')}
          />
        )}
        {choice === 'delay' && (
          <>
            <div class="form">
              <label class="wide">
                <span>{t('delay.kindLabel')}</span>
                <select
                  value={kind}
                  data-field="kind"
                  onChange={(e) => {
                    const next = e.currentTarget.value as ReportKind;
                    setKind(next);
                    if (next === 'pre-report' && !PRE_REPORT_REASONS.includes(reason))
                      setReason('force-majeure');
                  }}
                >
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`delay.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="wide">
                <span>{t('delay.reasonLabel')}</span>
                <select
                  value={reason}
                  data-field="reason"
                  onChange={(e) => setReason(e.currentTarget.value as DelayReason)}
                >
                  {(kind === 'pre-report' ? PRE_REPORT_REASONS : delayReasons).map((r) => (
                    <option key={r} value={r}>
                      {t(`delay.reason.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              {kind === 'pre-report' ? (
                <label>
                  <span>{t('delay.windowUntil')}</span>
                  <input
                    type="text"
                    inputMode="numeric"
                    placeholder="YYYY-MM-DD HH:mm"
                    value={until}
                    data-field="until"
                    aria-invalid={parseTimeInput(until, zone) === null}
                    onInput={(e) => setUntil(e.currentTarget.value)}
                  />
                  <small class="format">{t('delay.timeFormat')}</small>
                  {until === initialUntil && rules.preReport && (
                    <small data-sd-estimate>
                      {t('delay.suggestedWindow', {
                        days: SUGGESTED_WINDOW_DAYS,
                        max: rules.preReport.maxDays,
                      })}
                    </small>
                  )}
                </label>
              ) : (
                <label>
                  <span>{rules.promiseToTheHour ? t('delay.newTime') : t('delay.newTimeAny')}</span>
                  <input
                    type="text"
                    inputMode="numeric"
                    placeholder="YYYY-MM-DD HH:mm"
                    value={time}
                    data-field="newTime"
                    aria-invalid={time.trim() !== '' && typed === undefined}
                    onInput={(e) => setTime(e.currentTarget.value)}
                  />
                  <small class="format">
                    {time.trim() !== '' && typed === undefined
                      ? t('delay.timeInvalid')
                      : t('delay.timeFormat')}
                  </small>
                  {wholeHour !== undefined && (
                    <small data-sd-whole-hour>
                      {t('delay.wholeHourNeeded', { time: formatWallClock(wholeHour, zone) })}{' '}
                      <button
                        type="button"
                        data-sd-action="use-whole-hour"
                        onClick={() => setTime(localInput(wholeHour, zone))}
                      >
                        {t('delay.useWholeHour', { time: formatWallClock(wholeHour, zone) })}
                      </button>
                    </small>
                  )}
                  {time === initialTime && defaultFrom === 'suggestion' && (
                    <small data-sd-estimate>
                      {t('delay.suggestedTime', { hours: SUGGESTED_DELAY_HOURS })}
                    </small>
                  )}
                  {time === initialTime && defaultFrom === 'promise' && (
                    <small>{t('delay.promiseDefault')}</small>
                  )}
                </label>
              )}
              {kind === 'notice' && rules.noticeCoupon && (
                <label>
                  <span>{t('delay.couponLabel')}</span>
                  <input
                    type="number"
                    min={0}
                    step={1}
                    value={coupon}
                    data-field="coupon"
                    onInput={(e) => setCoupon(e.currentTarget.value)}
                  />
                  <small data-sd-estimate>{t('delay.couponHint')}</small>
                </label>
              )}
              {kind === 'emergency' && <EvidenceChoice t={t} evidence={evidence} onChange={setEvidence} />}
            </div>
            {afterDeadline && (
              <p class="hint" data-sd-after-deadline>
                {t('delay.afterDeadline', { deadline: deadlineText })}
              </p>
            )}
            {kind !== 'pre-report' && (
              <ReportOutput
                order={order}
                draft={wholeHour === undefined ? draft : withoutTime(draft)}
                template={template}
                t={t}
                zone={zone}
              />
            )}
          </>
        )}
        <footer>
          <span role="status" class="message" data-sd-report-message>
            {message}
          </span>
          {choice === 'delay' && (
            <button type="button" class="primary" data-sd-action="save-report" onClick={() => void save()}>
              {t('delay.save')}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
