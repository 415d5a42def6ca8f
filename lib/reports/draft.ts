import type { Translate } from '../i18n/translate';
import type { Order } from '../orders/types';
import { toTheHour } from '../templates/context';
import { renderTemplate } from '../templates/render';
import type { Template } from '../templates/types';
import { formatWallClock } from '../time/china-time';
import { reportRules } from './presets';
import type { DelayReason, DelayReport } from './types';

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
  offsetMinutes: number,
): ReportField[] {
  const fields: ReportField[] = [{ label: tForm('delay.field.orderId'), value: order.id }];
  fields.push({ label: tForm('delay.field.reason'), value: tForm(`delay.reason.${report.reason}`) });
  if (report.newShipTime !== undefined) {
    fields.push({
      label: tForm('delay.field.newTime'),
      value: formatWallClock(report.newShipTime, offsetMinutes),
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
      time: report.newShipTime !== undefined ? toTheHour(report.newShipTime, offsetMinutes) : '—',
    }),
  });
  return fields;
}

/** The buyer notice from the merchant's own delay template, in the buyer's language. */
export function buyerNotice(
  order: Order,
  reason: DelayReason,
  newShipTime: number,
  template: Template | undefined,
  locale: keyof Template['text'],
  tBuyer: Translate,
  offsetMinutes: number,
): string {
  const text = template?.text[locale] ?? template?.text.zh_CN ?? '';
  return renderTemplate(text, {
    orderId: order.id,
    reason: tBuyer(`delay.reasonBuyer.${reason}`),
    promiseTime: toTheHour(newShipTime, offsetMinutes),
    buyerName: order.buyer,
  }).text;
}

export type Step = {
  key: 'tellBuyer' | 'sendCard' | 'emergency' | 'preReport' | 'abnormal' | 'phoneCancel' | 'refund' | 'hour';
  params?: Record<string, number>;
};

/** What to do, in order, for this platform and reason. */
export function nextSteps(platform: Order['platform'], reason: DelayReason): Step[] {
  const rules = reportRules[platform];
  const steps: Step[] = [{ key: 'tellBuyer' }];
  if (reason === 'address') steps.push({ key: 'abnormal' });
  if (reason === 'phone-cancel') steps.push({ key: 'phoneCancel' });
  if (reason === 'out-of-stock') steps.push({ key: 'refund' });
  if (rules.card) steps.push({ key: 'sendCard', params: { hours: rules.card.answerHours } });
  if (rules.emergency) steps.push({ key: 'emergency', params: { hours: rules.emergency.reviewHours } });
  if (rules.preReport && reason === 'force-majeure')
    steps.push({ key: 'preReport', params: { days: rules.preReport.maxDays } });
  if (rules.promiseToTheHour) steps.push({ key: 'hour' });
  return steps;
}
