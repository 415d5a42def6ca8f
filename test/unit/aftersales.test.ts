import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterSalesBadge, afterSalesTitles } from '../../components/after-sales-badge';
import { readAfterSales, type AfterSalesRequest } from '../../lib/aftersales/read';
import {
  defaultAfterSalesKeywords as kw,
  describedMismatch,
  mentionsOutOfStock,
  mismatch,
  receiptIn,
  stageOf,
  typeIn,
} from '../../lib/aftersales/classify';
import { AFTERSALES_SOURCE_FILE, afterSalesQuotes } from '../../lib/aftersales/sources';
import { createTranslator, type Locale } from '../../lib/i18n/translate';

describe('after-sales classifier', () => {
  it('reads the chosen type in the four languages', () => {
    expect(typeIn('仅退款', kw)).toBe('refund-only');
    expect(typeIn('退货退款', kw)).toBe('return');
    expect(typeIn('換貨', kw)).toBe('exchange');
    expect(typeIn('Repair', kw)).toBe('repair');
    expect(typeIn('Reenvío', kw)).toBe('reissue');
    expect(typeIn('Devolución', kw)).toBe('return');
    expect(typeIn('查看详情', kw)).toBeNull();
  });

  it('before receipt a refund request is a cancellation; after it, after-sales', () => {
    expect(stageOf('refund-only', receiptIn('未收货'))).toBe('cancellation');
    expect(stageOf('refund-only', receiptIn('已收货'))).toBe('after-sales');
    expect(stageOf('exchange', null)).toBe('after-sales');
    expect(stageOf('refund-only', receiptIn('Not received'))).toBe('cancellation');
    expect(stageOf('return', receiptIn('Recibido'))).toBe('after-sales');
  });

  it('flags a description that contradicts the chosen type', () => {
    expect(mismatch('exchange', '尺码不对，我要退货退款', kw)).toBe('return');
    expect(mismatch('repair', '屏幕坏了，直接给我换一个新的', kw)).toBe('exchange');
    expect(mismatch('exchange', 'Wrong size, I want a refund', kw)).toBe('refund-only');
    expect(mismatch('repair', 'Quiero cambiar el producto', kw)).toBe('exchange');
    expect(mismatch('exchange', '尺碼不對，我要退貨', kw)).toBe('return');
  });

  it('stays quiet when the words agree with the choice', () => {
    expect(mismatch('return', '质量问题，退货退款', kw)).toBeNull();
    expect(mismatch('return', 'I want to return it for a refund', kw)).toBeNull();
    expect(mismatch('exchange', '颜色发错了，请换成黑色', kw)).toBeNull();
    expect(mismatch('refund-only', '不想要了', kw)).toBeNull();
    expect(mismatch(null, '退货', kw)).toBeNull();
  });

  it('reads the four after-sales types of Q2 (退貨、換貨、維修和補發) in every script, 退貨退款 as a return', () => {
    // Q2: "售后服務目前主要由退貨、換貨、維修和補發四種通用場景組成。"
    expect(['退貨', '換貨', '維修', '補發'].map((w) => typeIn(w, kw))).toEqual([
      'return',
      'exchange',
      'repair',
      'reissue',
    ]);
    expect(['退货', '换货', '维修', '补发'].map((w) => typeIn(w, kw))).toEqual([
      'return',
      'exchange',
      'repair',
      'reissue',
    ]);
    // Before: the tie between 退貨 and 退款 went to refund-only.
    expect(typeIn('退貨退款', kw)).toBe('return');
    expect(typeIn('Return and refund', kw)).toBe('return');
    expect(typeIn('Devolución y reembolso', kw)).toBe('return');
    expect(typeIn('僅退款', kw)).toBe('refund-only');
    expect(createTranslator('zh_TW')('aftersales.type.reissue')).toBe('補發');
  });

  it('uses the merchant keyword lists', () => {
    const custom = { ...kw, exchange: [...kw.exchange, '调换'] };
    expect(mismatch('repair', '请帮我调换', custom)).toBe('exchange');
    expect(mismatch('repair', '请帮我调换', kw)).toBeNull();
  });

  it('spots a SKU shown out of stock', () => {
    expect(mentionsOutOfStock('黑色 L（缺货）')).toBe(true);
    expect(mentionsOutOfStock('库存：0')).toBe(true);
    expect(mentionsOutOfStock('Out of stock')).toBe(true);
    expect(mentionsOutOfStock('库存：12')).toBe(false);
  });
});

describe('cancellation or after-sales: the split is receipt (jd-aftersales-vs-cancel Q1)', () => {
  // Q1: "訂單確認收貨前:客戶申請退款,即為取消訂單。訂單確認收貨后:客戶申請退貨退款,即為售后服務。"
  it('已确认收货 and 已签收 both mean received, in every language: a refund request is after-sales', () => {
    for (const received of [
      '已确认收货',
      '已確認收貨',
      '买家已确认收货',
      '已签收',
      '已簽收',
      'Receipt confirmed',
      'Delivered',
      'Entregado',
      'Recepción confirmada',
    ]) {
      expect([received, receiptIn(received)]).toEqual([received, true]);
      expect([received, stageOf('refund-only', receiptIn(received))]).toEqual([received, 'after-sales']);
    }
  });

  it('not yet signed for or confirmed is before receipt: a cancellation, whatever the type', () => {
    for (const notYet of [
      '已发货，待签收',
      '已發貨，待簽收',
      '未确认收货',
      '未確認收貨',
      '待收货',
      'Shipped, not delivered',
      'Awaiting receipt',
      'En tránsito',
    ]) {
      expect([notYet, receiptIn(notYet)]).toEqual([notYet, false]);
      expect([notYet, stageOf('return', receiptIn(notYet))]).toEqual([notYet, 'cancellation']);
    }
  });

  it("the buyer's own words do not decide receipt: 'I never received it' in the description", () => {
    document.body.innerHTML = `<table><thead><tr><th>Request No.</th><th>Order No.</th><th>Request type</th><th>Description</th></tr></thead>
      <tbody><tr><td>RMA-100301</td><td>SO-100323</td><td>Refund only</td><td>I never received it, please refund</td></tr></tbody></table>`;
    const [read] = readAfterSales(document.body, kw).map((r) => r.request);
    expect(read?.stage).toBe('cancellation');
  });
});

describe("type mismatch: the buyer's last sentence, negations included (Q4)", () => {
  // Q4: the chosen type (客戶期望 退、換、修) against the buyer's words.
  const cases: [string, Parameters<typeof mismatch>[0], string, ReturnType<typeof mismatch>][] = [
    // The phrases.
    ['想退掉 under exchange', 'exchange', '想退掉', 'return'],
    ['退了吧 under repair', 'repair', '质量太差，退了吧', 'return'],
    ['换个 under repair', 'repair', '修不好的话换个新的', 'exchange'],
    ['能换吗 under repair', 'repair', '修了两次还是坏。能换吗？', 'exchange'],
    ['不是换货，是退货', 'exchange', '不是换货，是退货', 'return'],
    ['不要换货 … 要退货', 'exchange', '我不要换货，要退货', 'return'],
    ['不想换 … 退掉', 'exchange', '不想换货了，直接退掉吧', 'return'],
    ['别 换货 … 退货', 'repair', '别给我修了，退货', 'return'],
    // Traditional Chinese.
    ['想退掉 (zh_TW)', 'exchange', '不喜歡，想退掉', 'return'],
    ['換個 (zh_TW)', 'repair', '修不好就換個新的', 'exchange'],
    ['能換嗎 (zh_TW)', 'repair', '修了兩次還是壞。能換嗎？', 'exchange'],
    ['不是換貨，是退貨', 'exchange', '不是換貨，是退貨', 'return'],
    // English.
    ['I want to send it back', 'exchange', 'I want to send it back', 'return'],
    ['Can I swap it?', 'repair', 'It broke twice. Can I swap it?', 'exchange'],
    ['not an exchange, a return', 'exchange', "It's not an exchange, I want a return", 'return'],
    [
      "don't want an exchange; refund",
      'exchange',
      "I don't want an exchange; I want a refund",
      'refund-only',
    ],
    // Spanish.
    ['quiero devolverlo', 'exchange', 'No me gusta, quiero devolverlo', 'return'],
    ['¿Puedo cambiarlo?', 'repair', 'Se rompió dos veces. ¿Puedo cambiarlo?', 'exchange'],
    ['no es un cambio, es una devolución', 'exchange', 'No es un cambio, es una devolución', 'return'],
  ];
  for (const [name, chosen, words, expected] of cases)
    it(`${name} → ${String(expected)}`, () => expect(mismatch(chosen, words, kw)).toBe(expected));

  it('the last sentence naming a type decides, not any word anywhere', () => {
    // The buyer changed their mind: the exchange they chose is what they now ask for.
    expect(mismatch('exchange', '本来想退货。还是换个吧', kw)).toBeNull();
    expect(mismatch('exchange', '本來想退貨。還是換個吧', kw)).toBeNull();
    expect(mismatch('exchange', 'I wanted a refund at first.\nOK, an exchange then', kw)).toBeNull();
    expect(mismatch('exchange', 'Primero quería un reembolso; mejor un cambio', kw)).toBeNull();
    // …and the other way round.
    expect(mismatch('exchange', '想换个颜色。算了，退货吧！', kw)).toBe('return');
    // A closing 谢谢 names nothing and does not hide the wish before it.
    expect(describedMismatch('exchange', '我要退货。谢谢！', kw)).toEqual({
      described: 'return',
      sentence: '我要退货',
    });
  });

  it('negated words agree with nothing: 不是退货，是换货 under exchange is no mismatch', () => {
    expect(mismatch('exchange', '不是退货，是换货', kw)).toBeNull();
    expect(mismatch('exchange', '不是退貨，是換貨', kw)).toBeNull();
    expect(mismatch('return', 'I want to return it, not exchange it', kw)).toBeNull();
    expect(mismatch('exchange', 'No quiero devolverlo, quiero un cambio', kw)).toBeNull();
  });

  it('a take-back word (退了吧, 想退掉) agrees with a refund-only request; a named 退货 does not', () => {
    expect(mismatch('refund-only', '不想要了，还没发货就退了吧', kw)).toBeNull();
    expect(mismatch('refund-only', '想退掉', kw)).toBeNull();
    expect(mismatch('refund-only', 'Just take it back', kw)).toBeNull();
    expect(mismatch('refund-only', '我要退货', kw)).toBe('return');
  });
});

// The help text as the repo keeps it (docs/sources/, the file docs/rules.md quotes).
const sourceCopy = readFileSync(
  join(__dirname, '..', '..', 'docs', 'sources', AFTERSALES_SOURCE_FILE),
  'utf8',
);
/** The source text without the re-post's pinyin glosses (`確認(rèn)`), as the quotes give it. */
const sourceText = sourceCopy.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');
const locales: Locale[] = ['en', 'es', 'zh_CN', 'zh_TW'];
const request = (over: Partial<AfterSalesRequest>): AfterSalesRequest => ({
  id: 'AS1',
  type: 'exchange',
  stage: 'after-sales',
  description: '',
  mismatch: null,
  exchangeWithoutStock: false,
  ...over,
});

describe('the badge quotes its source', () => {
  it('every quote is the source file’s own words', () => {
    // Q1's two sentences stand on two lines of the source.
    for (const quote of Object.values(afterSalesQuotes).flatMap((q) => q.split(/(?<=即為取消訂單。)/)))
      expect(sourceText).toContain(quote);
  });

  it('the receipt split names the file and quotes Q1 in all four languages; off JD it says the rule is JD’s', () => {
    for (const l of locales) {
      const t = createTranslator(l);
      const onJd = afterSalesTitles(request({}), t, 'jd').stage;
      expect(onJd).toContain(AFTERSALES_SOURCE_FILE);
      expect(onJd).toContain(afterSalesQuotes.q1);
      const onPdd = afterSalesTitles(request({}), t, 'pdd').stage;
      expect(onPdd).toContain(afterSalesQuotes.q1);
      expect(onPdd).not.toBe(onJd);
    }
    expect(afterSalesTitles(request({}), createTranslator('en'), 'pdd').stage).toContain('JD’s rule');
  });

  it('an exchange without stock points to JD’s 换货占库存 setting on JD only, with its limits (Q5)', () => {
    const noStock = request({ exchangeWithoutStock: true });
    for (const l of locales) {
      const t = createTranslator(l);
      const jd = afterSalesTitles(noStock, t, 'jd').noStock;
      expect(jd).toContain('京東商家后臺—售后客服—自主售后〔新)—系統配置');
      expect(jd).toMatch(/换货占库存|換貨占庫存/);
      expect(jd).toMatch(/分区库存|分區庫存/);
      expect(jd).toContain('ERP');
      expect(jd).toContain(AFTERSALES_SOURCE_FILE);
      for (const platform of ['pdd', 'taobao', 'douyin', 'generic'] as const) {
        const other = afterSalesTitles(noStock, t, platform).noStock;
        expect(other).not.toMatch(/系統配置|换货占库存|換貨占庫存|jd-/);
        expect(other).toContain(t('aftersales.noStockOther'));
      }
    }
    expect(afterSalesTitles(noStock, createTranslator('en'), 'pdd').noStock).toContain(
      'Check stock before approving the exchange.',
    );
  });

  it('a mismatch shows the buyer’s sentence it read; on JD, JD’s keyword warning is quoted (Q4)', () => {
    const read = request({ mismatch: 'return', mismatchWords: '不是换货，是退货' });
    const t = createTranslator('zh_CN');
    expect(afterSalesTitles(read, t, 'pdd').mismatch).toBe(
      '买家选择了换货，描述却是退货：审核前请确认\n买家最后一句：“不是换货，是退货”',
    );
    expect(afterSalesTitles(read, t, 'jd').mismatch).toContain(afterSalesQuotes.q4);
    const badge = afterSalesBadge(read, t, 'jd');
    expect(badge.querySelector('[data-sd-warning="mismatch"]')?.getAttribute('title')).toContain(
      '不是换货，是退货',
    );
  });
});

describe('after-sales lists', () => {
  it('a PDD list: each request classified, mismatches and exchanges without stock flagged', () => {
    const html = readFileSync(join(__dirname, '..', 'fixtures', 'aftersales', 'pdd-list.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const read = readAfterSales(document.body, kw);
    expect(read).toHaveLength(10);
    for (const { element, request } of read) {
      expect(request.stage).toBe(element.getAttribute('data-demo-stage'));
      expect(request.type).toBe(element.getAttribute('data-demo-type'));
      const warn = element.getAttribute('data-demo-warning');
      expect(request.mismatch !== null).toBe(warn === 'mismatch');
      expect(request.exchangeWithoutStock).toBe(warn === 'no-stock');
      expect(request.orderId).toMatch(/^261120-\d{15}$/);
    }
  });

  it('an English table with header columns', () => {
    document.body.innerHTML = `<table><thead><tr><th>Request No.</th><th>Order No.</th><th>Request type</th><th>Goods status</th><th>Description</th></tr></thead>
      <tbody><tr><td>RMA-100201</td><td>SO-100223</td><td>Exchange</td><td>Received</td><td>Wrong size, I want a refund</td></tr>
      <tr><td>RMA-100202</td><td>SO-100224</td><td>Refund only</td><td>Not received</td><td>Changed my mind</td></tr></tbody></table>`;
    const read = readAfterSales(document.body, kw).map((r) => r.request);
    expect(read.map((r) => [r.id, r.type, r.stage, r.mismatch])).toEqual([
      ['RMA-100201', 'exchange', 'after-sales', 'refund-only'],
      ['RMA-100202', 'refund-only', 'cancellation', null],
    ]);
  });
});
