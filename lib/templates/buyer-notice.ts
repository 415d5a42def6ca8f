import type { Translate } from '../i18n/translate';
import type { Order } from '../orders/types';
import { reportRules } from '../reports/presets';
import type { DelayReason } from '../reports/types';
import { formatWallClock } from '../time/china-time';
import { renderTemplate } from './render';
import type { Template } from './types';
import type { PageZone } from '../time/zone';

/**
 * The buyer notice from the merchant's own delay template, in the buyer's language, naming exactly the time the
 * merchant chose (the same as the report field). On PDD it may end with the apology coupon of the source's
 * sample text ("發貨后我們將送上X元優惠券"): the amount is the merchant's, never a default.
 */
export function buyerNotice(
  order: Order,
  reason: DelayReason,
  newShipTime: number,
  template: Template | undefined,
  locale: keyof Template['text'],
  tBuyer: Translate,
  zone: PageZone,
  coupon?: number,
): string {
  const text = template?.text[locale] ?? template?.text.zh_CN ?? '';
  const notice = renderTemplate(text, {
    orderId: order.id,
    reason: tBuyer(`delay.reasonBuyer.${reason}`),
    promiseTime: formatWallClock(newShipTime, zone),
    buyerName: order.buyer,
  }).text;
  const withCoupon = reportRules[order.platform].noticeCoupon && coupon !== undefined && coupon > 0;
  return withCoupon ? `${notice}${tBuyer('delay.couponSentence', { amount: coupon })}` : notice;
}
