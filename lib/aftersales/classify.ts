import { foldWidth } from '../time/china-time';

/** What the buyer asked for. */
export type AfterSalesType = 'refund-only' | 'return' | 'exchange' | 'repair' | 'reissue';
/** JD's distinction: before receipt a refund request is a cancellation; after it, after-sales. */
export type Stage = 'cancellation' | 'after-sales';

/** Words per request type in the four languages; editable in the settings. */
export type AfterSalesKeywords = Record<AfterSalesType, string[]>;

export const defaultAfterSalesKeywords: AfterSalesKeywords = {
  'refund-only': ['仅退款', '僅退款', '退款', 'refund only', 'refund', 'solo reembolso', 'reembolso'],
  return: ['退货退款', '退货', '退貨', 'return', 'devolución', 'devolver'],
  exchange: [
    '换货',
    '换一个',
    '换成',
    '換貨',
    '換一個',
    '換成',
    'exchange',
    'replacement',
    'cambio',
    'cambiar',
  ],
  repair: ['维修', '修理', '返修', '維修', 'repair', 'reparación', 'reparar'],
  reissue: ['补发', '補發', '補寄', 'reissue', 'resend', 'reenvío', 'reenviar'],
};

export const outOfStockWords = [
  '缺货',
  '无货',
  '缺貨',
  '無貨',
  '库存:0',
  '库存 0',
  '庫存:0',
  'out of stock',
  'sin stock',
  'agotado',
];
const receivedWords = ['已收货', '已收到货', '已簽收', '已签收', '已收貨', 'received', 'recibido'];
const notReceivedWords = [
  '未收货',
  '未收到货',
  '未发货',
  '未收貨',
  '未發貨',
  'not received',
  'not shipped',
  'no recibido',
];

const norm = (s: string) => foldWidth(s).toLowerCase().replace(/\s+/g, ' ');
const has = (text: string, word: string) => norm(text).includes(norm(word));

/** The type a text names; the longest keyword wins (`退货退款` is a return, not a refund). */
export function typeIn(text: string, keywords: AfterSalesKeywords): AfterSalesType | null {
  let best: { type: AfterSalesType; length: number } | null = null;
  for (const [type, words] of Object.entries(keywords) as [AfterSalesType, string[]][]) {
    for (const w of words)
      if (w && has(text, w) && (!best || w.length > best.length)) best = { type, length: w.length };
  }
  return best?.type ?? null;
}

/** Every type a free text mentions, longest words first: `退货退款` is a return, its `退款` is not read again. */
export function typesMentioned(text: string, keywords: AfterSalesKeywords): AfterSalesType[] {
  const words = (Object.entries(keywords) as [AfterSalesType, string[]][])
    .flatMap(([type, ws]) => ws.filter(Boolean).map((w) => ({ type, w: norm(w) })))
    .sort((a, b) => b.w.length - a.w.length);
  let rest = norm(text);
  const found: AfterSalesType[] = [];
  for (const { type, w } of words) {
    if (!rest.includes(w)) continue;
    if (!found.includes(type)) found.push(type);
    rest = rest.split(w).join(' ');
  }
  return found;
}

export function receiptIn(text: string): boolean | null {
  if (notReceivedWords.some((w) => has(text, w))) return false;
  if (receivedWords.some((w) => has(text, w))) return true;
  return null;
}

export function stageOf(type: AfterSalesType | null, received: boolean | null): Stage {
  if (received === false) return 'cancellation';
  if (received === true) return 'after-sales';
  return type === 'refund-only' || type === null ? 'cancellation' : 'after-sales';
}

/**
 * The buyer chose one type but describes another (chose exchange, writes "退货/退款"; chose repair,
 * writes "换"): the type they describe, or null when the words agree with the choice.
 */
export function mismatch(
  chosen: AfterSalesType | null,
  description: string,
  keywords: AfterSalesKeywords,
): AfterSalesType | null {
  if (!chosen || !description.trim()) return null;
  const mentioned = typesMentioned(description, keywords);
  if (mentioned.includes(chosen)) return null;
  // A return is also a refund: "退货退款" under "return" is no contradiction, nor "refund" under "return".
  const compatible = (t: AfterSalesType) => chosen === 'return' && t === 'refund-only';
  return mentioned.find((t) => !compatible(t)) ?? null;
}

export const mentionsOutOfStock = (text: string) => outOfStockWords.some((w) => has(text, w));
