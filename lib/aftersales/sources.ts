/**
 * What the after-sales marks rest on, quoted from JD's help text (docs/sources). The quotes are the
 * source's own words with the re-post's pinyin glosses (`確認(rèn)`) left out; a unit test checks each
 * one against the file. They stay in Chinese in every UI language: they are the platform's words.
 */
export const AFTERSALES_SOURCE_FILE = 'jd-aftersales-vs-cancel.zh_TW.txt';

export const afterSalesQuotes = {
  /** The cancellation / after-sales split is receipt. */
  q1: '訂單確認收貨前:客戶申請退款,即為取消訂單。訂單確認收貨后:客戶申請退貨退款,即為售后服務。',
  /** The four after-sales types. */
  q2: '售后服務目前主要由退貨、換貨、維修和補發四種通用場景組成。',
  /** JD's own warning when the chosen type and the description disagree. */
  q4: '可在"客戶期望〔退、換、修)”與關鍵詞不符時觸發預警',
  /** Exchanges without stock: the setting, where it is, and who cannot use it. */
  q5: '您可以通過*換貨占庫存"功能來解決這個問題哦。',
  q5Path: '京東商家后臺—售后客服—自主售后〔新)—系統配置',
  q5Zoned: '該功能暫無法支持開通"分區庫存"功能的商家。',
  q5Erp: '如果您目前在使用第三方的erp系統,需要聯系廠商升級后才可使用此功能。',
} as const;
