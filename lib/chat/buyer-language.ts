import type { Locale } from '../i18n/translate';
import type { Platform } from '../platforms/types';

/**
 * Characters written differently in Traditional and Simplified Chinese, in pairs (Traditional first), chosen from
 * what buyers write: shipping, asking, thanking, paying. A character both scripts share says nothing.
 */
const PAIRS =
  '發发貨货嗎吗們们這这個个麼么會会時时為为來来還还沒没說说對对東东買买賣卖單单號号訂订遞递幫帮謝谢請请問问給给錢钱點点見见實实過过運运難难話话幾几樣样應应該该開开關关長长顏颜紅红讓让錯错換换聯联種种碼码態态將将經经結结價价優优寶宝親亲質质壞坏貼贴務务麵面爲为';
const TRADITIONAL = new Set<string>();
const SIMPLIFIED = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.add(PAIRS[i] ?? '');
  SIMPLIFIED.add(PAIRS[i + 1] ?? '');
}

const HAN = /\p{Script=Han}/u;
/** Letters only Spanish uses among the four languages, and its opening question and exclamation marks. */
const SPANISH_MARKS = /[ñ¿¡áéíóú]/i;
const SPANISH_WORDS = new Set(
  'hola gracias pedido pedí envío envio envían enviar cuándo cuando dónde donde favor quiero mi está esta todavía reembolso paquete llegado llega buenos buenas días tardes por qué que tengo compré cancelar el la los las es de un una y'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'hello hi hey thanks thank please when where what why order ordered ship shipped shipping my is it the an has have not yet still refund package parcel cancel arrive arrived tracking you can will i me'.split(
    ' ',
  ),
);

/** The language of one message, or null when it says too little (a number, "ok", an emoji). */
function languageOf(text: string): Locale | 'zh' | null {
  // Order numbers, tracking numbers, prices and links say nothing about the buyer's language.
  const clean = text.replace(/https?:\/\/\S+/g, ' ').replace(/[\d\-_:./]+/g, ' ');
  let han = 0;
  let trad = 0;
  let simp = 0;
  for (const c of clean) {
    if (!HAN.test(c)) continue;
    han++;
    if (TRADITIONAL.has(c)) trad++;
    if (SIMPLIFIED.has(c)) simp++;
  }
  const words =
    clean
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.filter((w) => !HAN.test(w)) ?? [];
  if (han > 0 && han >= words.length) return trad > simp ? 'zh_TW' : simp > trad ? 'zh_CN' : 'zh';
  const es =
    (clean.match(new RegExp(SPANISH_MARKS, 'gi'))?.length ?? 0) +
    words.filter((w) => SPANISH_WORDS.has(w)).length;
  const en = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (es > en) return 'es';
  if (en > 0 || words.length >= 3) return 'en';
  return null;
}

/**
 * The language the buyer writes in, from their messages (oldest first): the newest message that tells, with
 * Simplified and Traditional Chinese told apart by the characters only one script uses. Chinese with no such
 * character in any message is Simplified (the platforms are mainland ones). null: the messages do not tell.
 */
export function detectBuyerLanguage(messages: readonly string[]): Locale | null {
  let chinese = false;
  for (let i = messages.length - 1; i >= 0; i--) {
    const lang = languageOf(messages[i] ?? '');
    if (lang === 'zh') chinese = true;
    else if (lang && (!chinese || lang === 'zh_CN' || lang === 'zh_TW')) return lang;
  }
  return chinese ? 'zh_CN' : null;
}

/** The four platforms sell to mainland buyers: with nothing from the buyer yet, a reply there is Simplified Chinese. */
const CHINESE_PLATFORMS: readonly Platform[] = ['jd', 'pdd', 'taobao', 'douyin'];

/** The language a reply is written in: the buyer's; else the platform's; else the merchant's UI language. */
export function replyLanguage(messages: readonly string[], platform: Platform, uiLocale: Locale): Locale {
  return detectBuyerLanguage(messages) ?? (CHINESE_PLATFORMS.includes(platform) ? 'zh_CN' : uiLocale);
}
