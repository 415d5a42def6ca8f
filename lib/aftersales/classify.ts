import { foldWidth } from '../time/china-time';

/**
 * What the buyer asked for. JD's after-sales types are 退貨、換貨、維修和補發 (jd-aftersales-vs-cancel
 * Q2); `refund-only` is the refund asked for without sending goods back (a cancellation before receipt).
 */
export type AfterSalesType = 'refund-only' | 'return' | 'exchange' | 'repair' | 'reissue';
/** JD's distinction (jd-aftersales-vs-cancel Q1): before receipt a refund request is a cancellation; after it, after-sales. */
export type Stage = 'cancellation' | 'after-sales';

/** Words per request type in the four languages; editable in the settings. */
export type AfterSalesKeywords = Record<AfterSalesType, string[]>;

export const defaultAfterSalesKeywords: AfterSalesKeywords = {
  'refund-only': ['仅退款', '僅退款', '退款', 'refund only', 'refund', 'solo reembolso', 'reembolso'],
  return: ['退货退款', '退貨退款', '退货', '退貨', 'return', 'devolución', 'devolver'],
  exchange: [
    '换货',
    '换一个',
    '换成',
    '換貨',
    '換一個',
    '換成',
    'exchange',
    'replacement',
    'swap',
    'cambio',
    'cambiar',
  ],
  repair: ['维修', '修理', '返修', '維修', 'repair', 'reparación', 'reparar'],
  reissue: ['补发', '補發', '補寄', 'reissue', 'resend', 'reenvío', 'reenviar'],
};

/**
 * How buyers say "take it back" without naming return or refund (想退掉, 退了吧, 能退吗). Built in, not in
 * the editable lists, so merchants whose saved lists predate them get them too. They read as a return, but
 * agree with a refund-only request: the buyer wants their money back either way.
 */
export const takeBackWords = [
  '退掉',
  '退了',
  '想退',
  '能退',
  '退回去',
  'send it back',
  'take it back',
  'devolverlo',
  'devolverla',
];

/** Buyers' phrasings of the exchange type that the editable lists may lack (saved before they were added). */
const exchangeWords = ['换个', '換個', '能换', '能換'];

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

/**
 * Receipt as the page states it. Q1 splits on "訂單確認收貨": 已确认收货 and 已签收 both mean received
 * (the parcel was signed for); 待签收/未确认收货 mean it was not yet. Negative words are checked first, as
 * `received` sits inside `not received`.
 */
const receivedWords = [
  '已确认收货',
  '已確認收貨',
  '确认收货',
  '確認收貨',
  '已收货',
  '已收到货',
  '已收貨',
  '已收到貨',
  '已签收',
  '已簽收',
  'receipt confirmed',
  'confirmed receipt',
  'received',
  'delivered',
  'signed for',
  'recepción confirmada',
  'recibido',
  'entregado',
];
const notReceivedWords = [
  '未确认收货',
  '未確認收貨',
  '待确认收货',
  '待確認收貨',
  '未收货',
  '未收到货',
  '未收貨',
  '未收到貨',
  '待收货',
  '待收貨',
  '未签收',
  '未簽收',
  '待签收',
  '待簽收',
  '未发货',
  '未發貨',
  'not received',
  'not yet received',
  'awaiting receipt',
  'not delivered',
  'not signed',
  'in transit',
  'not shipped',
  'no recibido',
  'sin recibir',
  'pendiente de recibir',
  'no entregado',
  'en tránsito',
  'no enviado',
];

const norm = (s: string) => foldWidth(s).toLowerCase().replace(/\s+/g, ' ');
const has = (text: string, word: string) => norm(text).includes(norm(word));

interface Hit {
  type: AfterSalesType;
  index: number;
  end: number;
  /** A take-back word (想退掉): a return that also agrees with refund-only. */
  takeBack: boolean;
}

/**
 * Every type word in a (normalised) text with its place, longest words first and each stretch of text read
 * once: `退货退款` is a return, its `退款` is not read again. On a tie the named type beats a take-back word
 * (`我要退货` is a return, not `要退…`).
 */
function hits(text: string, keywords: AfterSalesKeywords): Hit[] {
  const words = [
    ...(Object.entries(keywords) as [AfterSalesType, string[]][]).flatMap(([type, ws]) =>
      ws.filter(Boolean).map((w) => ({ type, w: norm(w), takeBack: false })),
    ),
    ...exchangeWords.map((w) => ({ type: 'exchange' as const, w: norm(w), takeBack: false })),
    ...takeBackWords.map((w) => ({ type: 'return' as const, w: norm(w), takeBack: true })),
  ].sort((a, b) => b.w.length - a.w.length || Number(a.takeBack) - Number(b.takeBack));
  let rest = text;
  const found: Hit[] = [];
  for (const { type, w, takeBack } of words) {
    for (let i = rest.indexOf(w); i >= 0; i = rest.indexOf(w, i + w.length)) {
      found.push({ type, index: i, end: i + w.length, takeBack });
      // Blank the stretch out, keeping every other index where it was.
      rest = rest.slice(0, i) + '\u0000'.repeat(w.length) + rest.slice(i + w.length);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The type a text names: the longest keyword, the first one on a tie (`退貨退款` is a return). */
export function typeIn(text: string, keywords: AfterSalesKeywords): AfterSalesType | null {
  const named = hits(norm(text), keywords).filter((h) => !h.takeBack);
  let best: Hit | null = null;
  for (const h of named) if (!best || h.end - h.index > best.end - best.index) best = h;
  return best?.type ?? null;
}

/** Every type a free text mentions, in the order they appear. */
export function typesMentioned(text: string, keywords: AfterSalesKeywords): AfterSalesType[] {
  return [...new Set(hits(norm(text), keywords).map((h) => h.type))];
}

export function receiptIn(text: string): boolean | null {
  if (notReceivedWords.some((w) => has(text, w))) return false;
  if (receivedWords.some((w) => has(text, w))) return true;
  return null;
}

/** Q1: "訂單確認收貨前:客戶申請退款,即為取消訂單。訂單確認收貨后:客戶申請退貨退款,即為售后服務。" */
export function stageOf(type: AfterSalesType | null, received: boolean | null): Stage {
  if (received === false) return 'cancellation';
  if (received === true) return 'after-sales';
  // Receipt not shown: a return, exchange, repair or reissue is only asked for once the goods arrived.
  return type === 'refund-only' || type === null ? 'cancellation' : 'after-sales';
}

const SENTENCE_END = /[。！？!?；;\n]+/;
/** Clauses inside a sentence: a negation reaches no further than its own clause. */
const CLAUSE_BREAK = /[,，、]/;
// 不是/不要/不想/别 … X，是/要 Y: the words that take X back. Latin ones are whole words (`not`, not `note`).
const NEGATION = /不是|不要|不想|不用|不需要|别|別|(?:^|[^a-z])(?:no|not|don't|dont|never|ni)(?![a-z])/;

/** The buyer's sentences, in order, as written (`shown`) and normalised for matching (`text`). */
const sentences = (text: string) =>
  text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((shown) => ({ shown, text: norm(shown) }));

/** A type word is taken back when a negation stands between it and the start of its clause or the type word before it. */
function negated(sentence: string, hit: Hit, previous: Hit | undefined): boolean {
  let start = previous && previous.end <= hit.index ? previous.end : 0;
  for (let i = hit.index - 1; i >= start; i--) {
    if (CLAUSE_BREAK.test(sentence[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  return NEGATION.test(sentence.slice(start, hit.index));
}

export interface BuyerWish {
  /** The types the sentence asks for (negated ones left out), in order. */
  types: AfterSalesType[];
  /** Types asked for only with take-back words (想退掉). */
  takeBackOnly: AfterSalesType[];
  /** The sentence read, as the buyer wrote it. */
  sentence: string;
}

/**
 * What the buyer's description asks for: their last sentence that names a type (split on 。！？!?；; and
 * line ends), not any word anywhere: a buyer who first wrote 想退货 and then 还是换个吧 wants an exchange.
 * A trailing 谢谢！ names nothing and is passed over. Negated types (不是换货，是退货) are left out.
 */
export function buyerWish(description: string, keywords: AfterSalesKeywords): BuyerWish | null {
  const all = sentences(description);
  for (let s = all.length - 1; s >= 0; s--) {
    const { shown, text } = all[s] ?? { shown: '', text: '' };
    const found = hits(text, keywords);
    if (!found.length) continue;
    const kept = found.filter((h, i) => !negated(text, h, found[i - 1]));
    const types = [...new Set(kept.map((h) => h.type))];
    const takeBackOnly = types.filter((t) => kept.every((h) => h.type !== t || h.takeBack));
    return { types, takeBackOnly, sentence: shown };
  }
  return null;
}

export interface Mismatch {
  /** The type the buyer's words ask for. */
  described: AfterSalesType;
  /** The sentence that says so. */
  sentence: string;
}

/**
 * The buyer chose one type but their last words ask for another (Q4: the chosen 退/換/修 against the
 * description): what they ask for, or null when the words agree with the choice or name no type.
 */
export function describedMismatch(
  chosen: AfterSalesType | null,
  description: string,
  keywords: AfterSalesKeywords,
): Mismatch | null {
  if (!chosen || !description.trim()) return null;
  const wish = buyerWish(description, keywords);
  if (!wish || wish.types.includes(chosen)) return null;
  // A return is also a refund ("退货退款" under "return"); a take-back word (退了吧) agrees with refund-only.
  const compatible = (t: AfterSalesType) =>
    (chosen === 'return' && t === 'refund-only') ||
    (chosen === 'refund-only' && wish.takeBackOnly.includes(t));
  const described = wish.types.find((t) => !compatible(t));
  return described ? { described, sentence: wish.sentence } : null;
}

/** The type the buyer describes when it differs from the chosen one, else null. */
export function mismatch(
  chosen: AfterSalesType | null,
  description: string,
  keywords: AfterSalesKeywords,
): AfterSalesType | null {
  return describedMismatch(chosen, description, keywords)?.described ?? null;
}

export const mentionsOutOfStock = (text: string) => outOfStockWords.some((w) => has(text, w));
