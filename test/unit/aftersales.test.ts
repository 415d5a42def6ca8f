import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAfterSales } from '../../lib/aftersales/read';
import {
  defaultAfterSalesKeywords as kw,
  mentionsOutOfStock,
  mismatch,
  receiptIn,
  stageOf,
  typeIn,
} from '../../lib/aftersales/classify';

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

describe('after-sales lists', () => {
  it('a PDD list: each request classified, mismatches and exchanges without stock flagged', () => {
    const html = readFileSync(join(__dirname, '..', 'fixtures', 'aftersales', 'pdd-list.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const read = readAfterSales(document.body, kw);
    expect(read).toHaveLength(5);
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
