import type { Translate } from '../i18n/translate';
import type { Order } from '../orders/types';
import { formatWallClock } from '../time/china-time';
import { reportQuotes, reportRules } from './presets';
import type { DelayReason, DelayReport } from './types';
import type { PageZone } from '../time/zone';

export interface ReportField {
  label: string;
  value: string;
}

/**
 * The fields the platform's report form asks for, in the form's language (`tForm`, Chinese for the
 * platforms' own forms): order number, reason, the concrete new ship time, evidence, explanation.
 */
export function reportFields(
  order: Order,
  report: DelayReport,
  tForm: Translate,
  zone: PageZone,
): ReportField[] {
  const fields: ReportField[] = [{ label: tForm('delay.field.orderId'), value: order.id }];
  fields.push({ label: tForm('delay.field.reason'), value: tForm(`delay.reason.${report.reason}`) });
  if (report.newShipTime !== undefined) {
    fields.push({
      label: tForm('delay.field.newTime'),
      value: formatWallClock(report.newShipTime, zone),
    });
  }
  if (report.evidence?.length) {
    fields.push({
      label: tForm('delay.field.evidence'),
      value: report.evidence.map((e) => tForm(`delay.evidence.${e}`)).join('、'),
    });
  }
  fields.push({
    label: tForm('delay.field.explanation'),
    // Only an emergency report rests on the buyer's agreement (its evidence shows it); the others claim none.
    value: tForm(report.kind === 'emergency' ? 'delay.explanationAgreed' : 'delay.explanation', {
      reason: tForm(`delay.reasonBuyer.${report.reason}`),
      // The time the merchant chose, as the field above says it: the form and the buyer notice name one time.
      time: report.newShipTime !== undefined ? formatWallClock(report.newShipTime, zone) : '—',
    }),
  });
  return fields;
}

export type StepKey =
  | 'tellBuyer'
  | 'sendCard'
  | 'emergency'
  | 'preReport'
  | 'abnormal'
  | 'phoneCancel'
  | 'refund'
  | 'hour'
  | 'pddRefundNow'
  | 'pddOutOfStock'
  | 'pddStillLate'
  | 'pddCoupon'
  | 'presaleBeforeBalance'
  | 'presaleAfterBalance'
  | 'presaleDelete'
  | 'noProcedure';

export type Step = { key: StepKey; params?: Record<string, number | string> };

/**
 * What to do, in order, for this order and reason: each platform only its own procedure. JD: the card, the
 * emergency report, the pre-report (force majeure), the abnormal-order path, the presale procedure (phoning
 * the buyer is required there). PDD: the notice to the hour, an optional coupon, refund at once if the buyer
 * will not wait; the order stays late. Taobao, Douyin, other shops: no source, the notice only.
 */
export function nextSteps(order: Pick<Order, 'platform' | 'presale'>, reason: DelayReason): Step[] {
  const rules = reportRules[order.platform];
  const steps: Step[] = [{ key: 'tellBuyer' }];
  if (rules.presale && order.presale) {
    const { phoneWithinHours, deleteRequestWithinHours, depositMultiple } = rules.presale;
    steps.push(
      { key: 'presaleBeforeBalance', params: { times: depositMultiple } },
      { key: 'presaleAfterBalance', params: { hours: phoneWithinHours } },
      { key: 'presaleDelete', params: { hours: deleteRequestWithinHours, times: depositMultiple } },
    );
  }
  if (reason === 'address' && rules.abnormalPath)
    steps.push({ key: 'abnormal', params: { path: rules.abnormalPath } });
  if (reason === 'phone-cancel' && rules.emergency) steps.push({ key: 'phoneCancel' });
  if (rules.outOfStockRefundHours !== null && reason === 'out-of-stock')
    steps.push({ key: 'refund', params: { hours: rules.outOfStockRefundHours } });
  if (rules.card) steps.push({ key: 'sendCard', params: { hours: rules.card.answerHours } });
  if (rules.emergency) steps.push({ key: 'emergency', params: { hours: rules.emergency.reviewHours } });
  if (rules.preReport && reason === 'force-majeure')
    steps.push({ key: 'preReport', params: { days: rules.preReport.maxDays } });
  if (rules.promiseToTheHour) steps.push({ key: 'hour' });
  if (order.platform === 'pdd') {
    if (rules.noticeCoupon) steps.push({ key: 'pddCoupon' });
    steps.push(
      { key: reason === 'out-of-stock' ? 'pddOutOfStock' : 'pddRefundNow' },
      { key: 'pddStillLate' },
    );
  } else if (!rules.card && !rules.emergency) steps.push({ key: 'noProcedure' });
  return steps;
}

/** The sources' own words behind the steps shown for this order (file name, verbatim quote, its language). */
export function sourceQuotes(
  order: Pick<Order, 'platform' | 'presale'>,
  report: Pick<DelayReport, 'reason' | 'kind'>,
): { file: string; quote: string; lang: string }[] {
  const rules = reportRules[order.platform];
  const jd = (quote: string) => ({ file: 'jd-shipping-faq.zh.txt', quote, lang: 'zh-CN' });
  const out: { file: string; quote: string; lang: string }[] = [];
  if (rules.presale && order.presale) out.push(jd(reportQuotes.presale));
  if (rules.abnormalPath && report.reason === 'address') out.push(jd(reportQuotes.abnormal));
  if (rules.preReport && (report.reason === 'force-majeure' || report.kind === 'pre-report'))
    out.push(jd(reportQuotes.preReport));
  if (order.platform === 'pdd') {
    for (const quote of [reportQuotes.pddOnTime, reportQuotes.pddLate])
      out.push({ file: 'pdd-reminder-service-process.zh_TW.txt', quote, lang: 'zh-TW' });
  }
  return out;
}
