import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Assessment } from '@/lib/rules/assess';
import {
  ceilToHour,
  currentStatus,
  parseLocalInput,
  platformHas,
  type Refusal,
} from '@/lib/reports/lifecycle';
import type { Evidence } from '@/lib/reports/presets';
import { delayReasons, type DelayReason, type DelayReport, type ReportKind } from '@/lib/reports/types';
import type { Template } from '@/lib/templates/types';
import { formatWallClock } from '@/lib/time/china-time';
import { ReportOutput } from './ReportOutput';
export { delayDialogCss } from './delay-dialog-css';

const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The value a datetime-local input shows for `ms`, in the page's zone. */
function localInput(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export interface DelayDialogProps {
  order: Order;
  assessment: Assessment;
  reports: DelayReport[];
  template: Template | undefined;
  t: Translate;
  offsetMinutes: number;
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

/** A pre-report is for foreseeable force majeure only (PLATFORMS.md, JD). */
const PRE_REPORT_REASONS: readonly DelayReason[] = ['force-majeure'];

/** The delay-report helper for one order: reason, new time to the hour, evidence, texts and the platform's limits. */
export function DelayReportDialog(props: DelayDialogProps) {
  const { order, assessment, reports, template, t, offsetMinutes, mode, now, onSave, onDecide, onClose } =
    props;
  const kinds = (['card', 'emergency', 'notice', 'pre-report'] as ReportKind[]).filter((k) =>
    platformHas(order.platform, k),
  );
  // Opened again after a report was recorded: the form starts from that report (its kind, reason and new
  // time), so the notice the merchant copies says what was filed, not a fresh proposal.
  const recorded = reports
    .filter((r) => r.orderKey === `${order.platform}:${order.id}` && r.newShipTime !== undefined)
    .reduce<DelayReport | undefined>((a, r) => (!a || r.createdAt > a.createdAt ? r : a), undefined);
  const [kind, setKind] = useState<ReportKind>(
    recorded && kinds.includes(recorded.kind) ? recorded.kind : (kinds[0] ?? 'notice'),
  );
  const [reason, setReason] = useState<DelayReason>(
    mode === 'abnormal' ? 'address' : (recorded?.reason ?? 'out-of-stock'),
  );
  const base = Math.max(assessment.deadline ?? now, now);
  const [time, setTime] = useState(
    localInput(recorded?.newShipTime ?? ceilToHour(base + 24 * HOUR, offsetMinutes), offsetMinutes),
  );
  const [until, setUntil] = useState(
    localInput(ceilToHour(now + 3 * 24 * HOUR, offsetMinutes), offsetMinutes),
  );
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [message, setMessage] = useState('');
  const newShipTime = parseLocalInput(time, offsetMinutes) ?? undefined;
  const draft: DelayReport = {
    id: `report.${now.toString(36)}`,
    kind,
    platform: order.platform,
    status: 'pending',
    reason,
    createdAt: now,
    ...(kind === 'pre-report'
      ? { window: { from: now, to: parseLocalInput(until, offsetMinutes) ?? now } }
      : { orderKey: `${order.platform}:${order.id}`, ...(newShipTime !== undefined ? { newShipTime } : {}) }),
    ...(kind === 'emergency' ? { evidence } : {}),
  };

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
        aria-label={t('delay.title')}
        data-sd-delay-dialog={order.id}
      >
        <header>
          <h3>{mode === 'abnormal' ? t('delay.abnormalTitle') : t('delay.title')}</h3>
          <button type="button" class="close" aria-label={t('overlay.dismiss')} onClick={onClose}>
            ×
          </button>
        </header>
        <p class="sub">
          {order.id}
          {assessment.deadline !== undefined &&
            ` · ${t('overlay.shipBy', { time: formatWallClock(assessment.deadline, offsetMinutes) })}`}
        </p>
        {mode === 'abnormal' && <p class="hint">{t('delay.abnormalHint')}</p>}
        {reports.length > 0 && (
          <ul class="existing" data-sd-reports>
            {reports.map((r) => {
              const status = currentStatus(r, now);
              return (
                <li key={r.id} data-status={status}>
                  {t(`delay.kind.${r.kind}`)} · {t(`delay.status.${status}`)}
                  {r.newShipTime !== undefined && ` · ${formatWallClock(r.newShipTime, offsetMinutes)}`}
                  {status === 'pending' && (
                    <span class="decide">
                      <button
                        type="button"
                        data-sd-action="report-accepted"
                        onClick={() => void onDecide(r, 'accepted')}
                      >
                        {t('delay.markAccepted')}
                      </button>
                      <button type="button" onClick={() => void onDecide(r, 'refused')}>
                        {t('delay.markRefused')}
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <div class="form">
          <label>
            <span>{t('delay.kindLabel')}</span>
            <select
              value={kind}
              data-field="kind"
              onChange={(e) => {
                const next = e.currentTarget.value as ReportKind;
                setKind(next);
                if (next === 'pre-report' && !PRE_REPORT_REASONS.includes(reason)) setReason('force-majeure');
              }}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`delay.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
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
                type="datetime-local"
                step={3600}
                value={until}
                data-field="until"
                onInput={(e) => setUntil(e.currentTarget.value)}
              />
            </label>
          ) : (
            <label>
              <span>{t('delay.newTime')}</span>
              <input
                type="datetime-local"
                step={3600}
                value={time}
                data-field="newTime"
                onInput={(e) => setTime(e.currentTarget.value)}
              />
            </label>
          )}
          {kind === 'emergency' && (
            <fieldset>
              <legend>{t('delay.evidenceLabel')}</legend>
              {(['chat', 'sms', 'call'] as Evidence[]).map((e) => (
                <label key={e} class="check">
                  <input
                    type="checkbox"
                    data-evidence={e}
                    checked={evidence.includes(e)}
                    onChange={(ev) =>
                      setEvidence(
                        ev.currentTarget.checked ? [...evidence, e] : evidence.filter((x) => x !== e),
                      )
                    }
                  />
                  {t(`delay.evidence.${e}`)}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        {kind !== 'pre-report' && (
          <ReportOutput order={order} draft={draft} template={template} t={t} offsetMinutes={offsetMinutes} />
        )}
        <footer>
          <span role="status" class="message" data-sd-report-message>
            {message}
          </span>
          <button type="button" class="primary" data-sd-action="save-report" onClick={() => void save()}>
            {t('delay.save')}
          </button>
        </footer>
      </div>
    </div>
  );
}
