import type { Confidence } from '../platforms/types';
import { presaleProcedureFor, type PresaleProcedure } from './presale';

/**
 * The platforms' delay procedures, as data: numbers and paths live here, nowhere else. Each platform has only
 * what its own help text (docs/sources/) describes: JD's card, emergency report, pre-report, abnormal-order
 * path and presale procedure are JD's; a PDD order that ships late stays late (no report moves its deadline).
 */
export interface ReportRules {
  /** The 咚咚 delay card: how often per order, and how long the buyer has to answer. */
  card: { perOrder: number; answerHours: number } | null;
  /** Emergency report with evidence: review time. */
  emergency: { reviewHours: number; evidence: Evidence[] } | null;
  /** Pre-report for foreseeable events: how far ahead it may cover. Exempts orders PLACED in its window. */
  preReport: { maxDays: number } | null;
  /** Promises to the buyer must name a whole hour (PDD only: JD accepts 18:30). */
  promiseToTheHour: boolean;
  /** The buyer notice may offer an apology coupon ("X元": the amount is the merchant's, no source gives one). */
  noticeCoupon: boolean;
  /** Where buyer-unreachable orders are reported, as the back-office menu path; null where no source names one. */
  abnormalPath: string | null;
  /** The presale procedure when a presale order cannot ship on time. */
  presale: PresaleProcedure | null;
  /** Out of stock: the buyer is refunded within this many hours once they agree to cancel (JD reminder replies). */
  outOfStockRefundHours: number | null;
  /** Malicious orders are reported within this many hours of ordering. */
  maliciousReportHours: number | null;
  source: string;
  confidence: Confidence;
}

export type Evidence = 'chat' | 'sms' | 'call';

/** Verbatim from the sources, shown beside the procedure they back (the merchant can check the words). */
export const reportQuotes = {
  preReport:
    '预报备指因不可抗因素,比如天气、国家大型活动,仓库维护等造成的可预期时间(未来7天)内不能按期发货,使用预报备功能进行报备,审批通过后相关时段内产生的订单,延迟免责。',
  abnormal:
    '此种情况商家可在后台自行提报异常删单申请,提报菜单路径:商家后台>权益服务 > 维权管理 > 异常下单>异常下单提报。',
  presale:
    '1、在客户支付尾款前,您可主动与消费者协商终止订单的,如果消费者同意,您应双倍返还消费者已支付的定金。如消客户不同意,您应按订单时效履约\n2、在客户支付尾款后,需在约定发货时间的24小时内电话联系消费者,需调货的,告知客户商品的到货时间,无法调货的,需明确征得消费者同意,并与24小时内提交删单申请,您应双倍返还消费者已支付的定金;若客户不同意取消订单或商家提供的到货时间,平台将按延迟发货处理。',
  pddLate:
    '2.1.2已超出承諾發(fā)貨時間(延遲發(fā)貨),需向消費者致歉并協(xié)商具體發(fā)貨時間 ,承諾發(fā)貨時間需精確至小時。',
  pddOnTime:
    '2.1.1未超出承諾發(fā)貨時間,需和消費者協(xié)商具體發(fā)貨時間,承諾發(fā)貨時間需在正常發(fā)貨時效內并精確至小時。',
} as const;

/** A platform (or shop) with no source for a delay procedure: the helper prepares the buyer notice, nothing else. */
const noProcedure: ReportRules = Object.freeze({
  card: null,
  emergency: null,
  preReport: null,
  promiseToTheHour: false,
  noticeCoupon: false,
  abnormalPath: null,
  presale: null,
  outOfStockRefundHours: null,
  maliciousReportHours: null,
  source: 'no source: buyer notice only',
  confidence: 'unverified',
});

export const reportRules: Record<'jd' | 'pdd' | 'taobao' | 'douyin' | 'generic', ReportRules> = {
  jd: {
    card: { perOrder: 1, answerHours: 48 },
    emergency: { reviewHours: 24, evidence: ['chat', 'sms', 'call'] },
    preReport: { maxDays: 7 },
    // jd-shipping-faq asks for "具体的发货时间" (a concrete time), not a whole hour.
    promiseToTheHour: false,
    noticeCoupon: false,
    abnormalPath: '商家后台>权益服务 > 维权管理 > 异常下单>异常下单提报',
    // One set of presale numbers: the badge tooltip reads the same data (lib/reports/presale.ts).
    presale: presaleProcedureFor('jd') ?? null,
    outOfStockRefundHours: 48,
    maliciousReportHours: 24,
    source: 'jd-shipping-faq.zh.txt (延迟发货报备, 预售, 异常下单)',
    confidence: 'faq',
  },
  pdd: {
    card: null,
    emergency: null,
    preReport: null,
    promiseToTheHour: true,
    noticeCoupon: true,
    abnormalPath: null,
    presale: null,
    outOfStockRefundHours: null,
    maliciousReportHours: null,
    source: 'pdd-reminder-service-process.zh_TW.txt (商家服務流程)',
    confidence: 'faq',
  },
  // No source for Taobao, Douyin or other shops.
  taobao: noProcedure,
  douyin: noProcedure,
  generic: noProcedure,
};
