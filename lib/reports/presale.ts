import type { Platform } from '../platforms/types';

/**
 * What a platform asks of a merchant who cannot ship a presale order on time: data, so the badge tooltip, the
 * delay helper and the reply templates quote the same numbers. JD only: no other source states a presale rule.
 */
export interface PresaleProcedure {
  platform: Platform;
  /** The deposit is paid back this many times over when the order is cancelled by agreement. */
  depositMultiple: number;
  /** After the balance is paid: phone the buyer within this many hours of the agreed ship time. */
  phoneWithinHours: number;
  /** An agreed cancellation: the deletion request (删单申请) is filed within this many hours. */
  deleteRequestWithinHours: number;
  /** Source file in docs/sources and the verbatim passage (jd-shipping-faq Q3). */
  source: string;
  quote: string;
}

export const presaleProcedures: readonly PresaleProcedure[] = [
  {
    platform: 'jd',
    depositMultiple: 2,
    phoneWithinHours: 24,
    deleteRequestWithinHours: 24,
    source: 'jd-shipping-faq.zh.txt, Q3',
    quote:
      '在客户支付尾款后,需在约定发货时间的24小时内电话联系消费者,需调货的,告知客户商品的到货时间,无法调货的,需明确征得消费者同意,并与24小时内提交删单申请,您应双倍返还消费者已支付的定金;若客户不同意取消订单或商家提供的到货时间,平台将按延迟发货处理。',
  },
];

export const presaleProcedureFor = (platform: Platform): PresaleProcedure | undefined =>
  presaleProcedures.find((p) => p.platform === platform);
