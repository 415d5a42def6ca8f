import { placeholdersIn } from './render';
import type { Situation } from './types';

/** Every placeholder Seller Desk knows how to fill (from the order, or by asking the merchant). */
export const knownPlaceholders = [
  'orderId',
  'deadline',
  'promiseTime',
  'remaining',
  'carrier',
  'trackingNo',
  'reason',
  'couponAmount',
  'buyerName',
  'shipTime',
  'shipFrom',
] as const;
export type Placeholder = (typeof knownPlaceholders)[number];

const always: Placeholder[] = ['orderId', 'buyerName'];

/** What each situation can fill: no tracking number before shipping, no ship-by time after it. */
export const fillable: Record<Situation, Placeholder[]> = {
  'reminder-in-stock': [...always, 'deadline', 'promiseTime', 'remaining'],
  'reminder-late': [...always, 'deadline', 'promiseTime', 'remaining', 'reason', 'couponAmount'],
  'reminder-shipped-no-tracking': [...always, 'promiseTime', 'carrier', 'trackingNo'],
  'out-of-stock': [...always, 'reason', 'couponAmount'],
  presale: [...always, 'deadline', 'promiseTime', 'remaining'],
  'notice-received': [...always, 'deadline', 'promiseTime'],
  'notice-shipped': [...always, 'carrier', 'trackingNo', 'shipTime', 'shipFrom'],
  'notice-delay': [...always, 'promiseTime', 'reason', 'couponAmount'],
  refund: [...always, 'couponAmount', 'reason'],
  'after-sales': [...always, 'carrier', 'trackingNo', 'reason'],
};

/** Chat boxes cut or refuse very long messages, and buyers stop reading long before that. */
export const MAX_TEMPLATE_LENGTH = 500;

export type LintIssue =
  | { kind: 'unknown'; name: string }
  | { kind: 'unfillable'; name: string }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'empty' };

export function lintTemplate(text: string, situation: Situation): LintIssue[] {
  if (!text.trim()) return [{ kind: 'empty' }];
  const issues: LintIssue[] = [];
  for (const name of placeholdersIn(text)) {
    if (!(knownPlaceholders as readonly string[]).includes(name)) issues.push({ kind: 'unknown', name });
    else if (!fillable[situation].includes(name as Placeholder)) issues.push({ kind: 'unfillable', name });
  }
  if ([...text].length > MAX_TEMPLATE_LENGTH) {
    issues.push({ kind: 'too-long', length: [...text].length, max: MAX_TEMPLATE_LENGTH });
  }
  return issues;
}
