import type { Rule, SourceQuote } from './types';

/**
 * Where each default rule comes from, as stored with the rule (and exported). The options page and the badge
 * tooltips show these in the merchant's language (`rules.source.*`, see source-text.ts).
 */
export const PRESET_SOURCES = {
  jdFaq: 'JD merchant shipping FAQ',
  /** Kept so rules stored before 2026-12 (and edited since) still read in the merchant's language. */
  pddFaq: 'PDD merchant service process; public order-list code',
  pddEstimate:
    'Secondary web pages (48 h ship window, ¥3 per late order); the PDD service process states neither',
  pddPenalty: 'Secondary web pages (5 % of the amount paid, min ¥3, max ¥100)',
  taobao: 'Taobao/Tmall rule pages (compensation from the deposit; amount not stated)',
  douyin: 'Douyin order fields (exp_ship_time); deduction amounts from secondary pages',
  page: 'Ship-by time shown on the page',
} as const;
const JD_FAQ = PRESET_SOURCES.jdFaq;

/**
 * The help-text passages (docs/sources/, verbatim) behind the rules that have one; test/unit/rules-trace
 * checks each passage against the file. PDD's 48 h window, its ¥ amounts and Douyin's deduction are in no
 * source: those presets carry no quote and show as estimates.
 */
const JD_POINTS =
  '(3)店铺每周48小时揽件及时率≧95%的,延迟发货订单每单扣1分,每周不超过7分; … (4)店铺每周48小时揽件及时率<95%的,扣7分。';
export const PRESET_QUOTES = {
  'jd.waybill-24h': {
    file: 'jd-shipping-faq.zh.txt',
    text: `(1)消费者下单成功后24小时内,商家未将消费者订购商品的快递运单号上传至京东系统的(以京东系统内记录的时间为准)。 … ${JD_POINTS}`,
  },
  'jd.pickup-48h': {
    file: 'jd-shipping-faq.zh.txt',
    text: `(2)消费者下单成功后48小时内,消费者查询不到订单的快递公司揽件跟踪信息的(以快递公司系统内记录的时间为准)。 … ${JD_POINTS}`,
  },
  'jd.presale-agreed': {
    file: 'jd-shipping-faq.zh.txt',
    text: `若客户不同意取消订单或商家提供的到货时间,平台将按延迟发货处理。 … ${JD_POINTS}`,
  },
} as const satisfies Record<string, SourceQuote>;

/**
 * The default rules. The only place platform numbers live; each keeps its source, confidence and (when a
 * platform help text states it) the quote, so the options page and the badge can say "from the platform's
 * FAQ" only where that is true and "estimate — verify in the platform's rule centre" everywhere else.
 * Every preset has a row in docs/rules.md (test/unit/rules-trace.test.ts).
 */
export const presetRules: readonly Rule[] = [
  {
    id: 'jd.waybill-24h',
    platform: 'jd',
    enabled: true,
    appliesTo: 'regular',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'order',
    limitHours: 24,
    penalty: { kind: 'points', points: 1, weeklyCap: 7, lowRateFlat: 7, lowRateBelow: 95 },
    source: JD_FAQ,
    confidence: 'faq',
    quote: PRESET_QUOTES['jd.waybill-24h'],
    priority: 10,
  },
  {
    id: 'jd.pickup-48h',
    platform: 'jd',
    enabled: true,
    appliesTo: 'regular',
    milestone: 'pickup',
    usePagePromise: false,
    clockStart: 'order',
    limitHours: 48,
    penalty: { kind: 'points', points: 1, weeklyCap: 7, lowRateFlat: 7, lowRateBelow: 95 },
    source: JD_FAQ,
    confidence: 'faq',
    quote: PRESET_QUOTES['jd.pickup-48h'],
    priority: 20,
  },
  {
    id: 'jd.presale-agreed',
    platform: 'jd',
    enabled: true,
    appliesTo: 'presale',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'payment',
    limitHours: null,
    penalty: { kind: 'points', points: 1, weeklyCap: 7, lowRateFlat: 7, lowRateBelow: 95 },
    source: JD_FAQ,
    confidence: 'faq',
    quote: PRESET_QUOTES['jd.presale-agreed'],
    priority: 5,
  },
  {
    id: 'pdd.ship-48h',
    platform: 'pdd',
    enabled: true,
    appliesTo: 'all',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'order',
    limitHours: 48,
    penalty: { kind: 'cny', amount: 3 },
    source: PRESET_SOURCES.pddEstimate,
    confidence: 'weak',
    priority: 10,
  },
  {
    id: 'pdd.ship-48h-percent',
    platform: 'pdd',
    enabled: false,
    appliesTo: 'all',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'order',
    limitHours: 48,
    penalty: { kind: 'percent', percent: 5, min: 3, max: 100 },
    source: PRESET_SOURCES.pddPenalty,
    confidence: 'unverified',
    priority: 11,
  },
  {
    id: 'taobao.promise',
    platform: 'taobao',
    enabled: true,
    appliesTo: 'all',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'payment',
    limitHours: 48,
    penalty: { kind: 'none' },
    source: PRESET_SOURCES.taobao,
    confidence: 'weak',
    priority: 10,
  },
  {
    id: 'douyin.promise',
    platform: 'douyin',
    enabled: true,
    appliesTo: 'all',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'payment',
    limitHours: 48,
    penalty: { kind: 'cny', amount: 10, maxPerOrder: 2, dailyCap: 500 },
    source: PRESET_SOURCES.douyin,
    confidence: 'weak',
    priority: 10,
  },
  {
    id: 'generic.promise',
    platform: 'generic',
    enabled: true,
    appliesTo: 'all',
    milestone: 'ship',
    usePagePromise: true,
    clockStart: 'order',
    limitHours: null,
    penalty: { kind: 'none' },
    source: PRESET_SOURCES.page,
    confidence: 'code',
    priority: 10,
  },
];
