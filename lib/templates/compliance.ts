import { foldWidth } from '../time/china-time';

/** What a platform's customer-service rules forbid in a reply (word lists are settings, per language). */
export type ComplianceCategory = 'absolute' | 'reviews' | 'offPlatform';

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

/** Words in a reply that a platform may penalise; Latin words match whole words only. */
export function checkCompliance(text: string, words: ComplianceWords): ComplianceHit[] {
  const folded = foldWidth(text).toLowerCase();
  const hits: ComplianceHit[] = [];
  for (const category of Object.keys(words) as ComplianceCategory[]) {
    for (const word of words[category]) {
      const w = foldWidth(word).toLowerCase().trim();
      if (!w) continue;
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
