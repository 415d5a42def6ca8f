import type { Platform } from '../platforms/types';
import { foldWidth } from '../time/china-time';
import type { Situation } from './types';

/** Words a platform may penalise in a reply (word lists are settings, all languages in one list per kind). */
export type ComplianceCategory = 'absolute' | 'reviews' | 'offPlatform';

/**
 * Where each word list comes from. None of the platforms' help texts Seller Desk relies on (docs/rules.md) lists
 * words a reply may not use: every list is an estimate for all four platforms, and the warning says "may be
 * penalised", never "forbidden".
 */
export const complianceSources: Record<
  ComplianceCategory,
  { platforms: readonly Platform[]; source: string }
> = {
  absolute: { platforms: ['jd', 'pdd', 'taobao', 'douyin'], source: 'no source: estimate' },
  reviews: { platforms: ['jd', 'pdd', 'taobao', 'douyin'], source: 'no source: estimate' },
  offPlatform: { platforms: ['jd', 'pdd', 'taobao', 'douyin'], source: 'no source: estimate' },
};

/**
 * What a platform requires a merchant to say in a situation: those words are no violation there, whatever the
 * lists say. JD presale: the merchant must phone the buyer before the agreed ship time.
 */
export const requiredWords: readonly {
  platform: Platform;
  situation: Situation;
  words: readonly string[];
  source: string;
  quote: string;
}[] = [
  {
    platform: 'jd',
    situation: 'presale',
    words: ['电话', '電話', 'phone', 'phone number', 'teléfono'],
    source: 'jd-shipping-faq.zh.txt',
    quote: '在客户支付尾款后,需在约定发货时间的24小时内电话联系消费者',
  },
];

/** Where a reply is going: the platform's own requirements there are never flagged. */
export interface ComplianceWhere {
  platform?: Platform;
  situation?: Situation;
}

export type ComplianceWords = Record<ComplianceCategory, string[]>;

export const defaultComplianceWords: ComplianceWords = {
  absolute: [
    '保证',
    '绝对',
    '百分百',
    '百分之百',
    '保證',
    '絕對',
    'guarantee',
    'guaranteed',
    '100% sure',
    'garantizo',
    'garantizamos',
    'garantizado',
  ],
  reviews: [
    '好评',
    '五星',
    '晒图',
    '返现',
    '好評',
    '曬圖',
    '返現',
    'good review',
    'positive review',
    '5-star',
    'five-star',
    'five stars',
    'reseña positiva',
    'cinco estrellas',
  ],
  offPlatform: [
    '微信',
    '加微',
    'vx',
    'QQ',
    '电话',
    '手机号',
    '支付宝',
    '電話',
    '手機',
    '支付寶',
    'WeChat',
    'WhatsApp',
    'phone number',
    'call me',
    'teléfono',
    'llámeme',
  ],
};

/** A mainland mobile number or an e-mail address is off-platform contact whatever the word lists say. */
const CONTACT = /(?<!\d)1[3-9]\d{9}(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+/;

export interface ComplianceHit {
  category: ComplianceCategory;
  word: string;
}

const isLatin = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);

const fold = (word: string) => foldWidth(word).toLowerCase().trim();

/** Words the platform requires in this situation, folded. */
function requiredIn(where: ComplianceWhere): Set<string> {
  const out = new Set<string>();
  for (const r of requiredWords)
    if (r.platform === where.platform && r.situation === where.situation)
      for (const w of r.words) out.add(fold(w));
  return out;
}

/**
 * Words in a reply that a platform may penalise; Latin words match whole words only. Words the platform requires
 * where the reply goes (`where`) are left out.
 */
export function checkCompliance(
  text: string,
  words: ComplianceWords,
  where: ComplianceWhere = {},
): ComplianceHit[] {
  const folded = foldWidth(text).toLowerCase();
  const required = requiredIn(where);
  const hits: ComplianceHit[] = [];
  for (const category of Object.keys(words) as ComplianceCategory[]) {
    for (const word of words[category]) {
      const w = fold(word);
      if (!w || required.has(w)) continue;
      let at = folded.indexOf(w);
      while (at >= 0) {
        const whole = !isLatin(w[0]) || (!isLatin(folded[at - 1]) && !isLatin(folded[at + w.length]));
        if (whole) {
          hits.push({ category, word });
          break;
        }
        at = folded.indexOf(w, at + 1);
      }
    }
  }
  const contact = CONTACT.exec(foldWidth(text));
  if (contact) hits.push({ category: 'offPlatform', word: contact[0] });
  return hits;
}
