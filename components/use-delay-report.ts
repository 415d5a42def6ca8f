import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Assessment } from '@/lib/rules/assess';
import {
  couponAmount,
  draftReport,
  PRE_REPORT_REASONS,
  promisesAfterDeadline,
  wholeHourFor,
} from '@/lib/reports/dialog-draft';
import {
  latestRecorded,
  offeredKinds,
  startingKind,
  startingReason,
  startingShipTime,
  startingTimeSource,
  suggestedWindowEnd,
} from '@/lib/reports/dialog-start';
import { refusalText } from '@/lib/reports/explain-refusal';
import type { Refusal } from '@/lib/reports/lifecycle';
import { acceptedMove } from '@/lib/reports/moved';
import { reportRules, type Evidence } from '@/lib/reports/presets';
import { promiseFor } from '@/lib/reports/promise';
import { formatTimeInput, parseTimeInput } from '@/lib/reports/time-input';
import type { DelayReason, DelayReport, ReportKind } from '@/lib/reports/types';
import { formatWallClock } from '@/lib/time/china-time';
import { type PageZone } from '@/lib/time/zone';

/** What the delay helper's state is drawn from: the order, its reports, and where a report is saved. */
export interface DelayReportInputs {
  order: Order;
  assessment: Assessment;
  reports: DelayReport[];
  t: Translate;
  zone: PageZone;
  /** `abnormal`: the buyer cannot be reached (unclear address, dead phone). */
  mode: 'delay' | 'abnormal';
  now: number;
  onSave: (report: DelayReport) => Promise<Refusal | null>;
}

/**
 * A time typed as text in the page's format (`2026-12-09 18:30`, page time): the text, the instant it reads as
 * (null when it is not a time), and whether it is still the time proposed.
 */
function useTimeText(proposed: string, zone: PageZone) {
  const [text, setText] = useState(proposed);
  return { text, setText, at: parseTimeInput(text, zone), proposed: text === proposed };
}
export type TimeText = ReturnType<typeof useTimeText>;

/**
 * The delay helper's state for one order: where the platform's procedure and the recorded reports start the
 * form, what the merchant has chosen since, and the report those choices draft. The dialog is drawn again
 * with every save (new `now`, new reports): what was chosen stays, what derives from the props follows them.
 */
export function useDelayReport(props: DelayReportInputs) {
  const { order, reports, t, zone, now } = props;
  const rules = reportRules[order.platform];
  // The abnormal-order path is JD's: elsewhere the helper is the delay helper.
  const mode = props.mode === 'abnormal' && rules.abnormalPath ? 'abnormal' : 'delay';
  const kinds = offeredKinds(order.platform);
  // A report accepted while the dialog is open moves the deadline here too (the badge's is moved the same way).
  const deadline = acceptedMove(order, reports)?.newShipTime ?? props.assessment.deadline;
  const promise = deadline !== undefined ? promiseFor(order.platform, deadline, now, zone) : undefined;
  const recorded = latestRecorded(order, reports);
  const initialKind = startingKind(kinds, recorded);
  const [kind, setKind] = useState<ReportKind>(initialKind);
  const [reason, setReason] = useState<DelayReason>(() => startingReason(order, mode, recorded));
  const [timeFrom] = useState(() => startingTimeSource(recorded, initialKind, promise));
  const start = { from: timeFrom, recorded, promise, deadline, now, zone };
  const time = useTimeText(formatTimeInput(startingShipTime(start), zone), zone);
  const windowEnd = useTimeText(formatTimeInput(suggestedWindowEnd(now, zone), zone), zone);
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [coupon, setCoupon] = useState(recorded?.coupon !== undefined ? String(recorded.coupon) : '');
  // PDD with no whole hour left before the deadline: the merchant first chooses between shipping now and the
  // delay procedure; no late hour is proposed as if it were a promise.
  const noHourLeft = promise?.ok === false && promise.why === 'no-hour-left';
  const [choice, setChoice] = useState<'ask' | 'ship-now' | 'delay'>(
    noHourLeft && !recorded ? 'ask' : 'delay',
  );
  const [message, setMessage] = useState('');
  const newShipTime = time.at ?? undefined;
  const draft = draftReport({
    order,
    kind,
    reason,
    now,
    newShipTime,
    windowEnd: windowEnd.at,
    evidence,
    coupon: couponAmount(order.platform, coupon),
  });
  return {
    rules,
    mode,
    deadline,
    deadlineText: deadline !== undefined ? formatWallClock(deadline, zone) : '',
    choice,
    setChoice,
    kinds,
    kind,
    chooseKind: (next: ReportKind) => {
      setKind(next);
      if (next === 'pre-report' && !PRE_REPORT_REASONS.includes(reason)) setReason('force-majeure');
    },
    reason,
    setReason,
    time,
    timeFrom,
    // PDD promises name a whole hour: a time between hours is not put in front of the buyer; the whole hour it
    // would become is shown first, and used once the merchant takes it.
    wholeHour: wholeHourFor(order.platform, newShipTime, zone),
    windowEnd,
    evidence,
    setEvidence,
    coupon,
    setCoupon,
    draft,
    afterDeadline: promisesAfterDeadline(draft, deadline, now),
    message,
    save: async () => {
      const refusal = await props.onSave(draft);
      setMessage(refusal ? refusalText(refusal, t) : t('delay.saved'));
    },
  };
}
export type DelayReportState = ReturnType<typeof useDelayReport>;
