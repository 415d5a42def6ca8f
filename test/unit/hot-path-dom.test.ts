// The hot path's hand-written shortcuts (lib/orders/locators.ts `nthChild`, lib/time `foldWidth` and the
// leading-time reader behind `parseTime`) must give exactly what the plain forms they replace give.
import { describe, expect, it } from 'vitest';
import { nthChild } from '../../lib/orders/locators';
import { rowCount } from '../../lib/orders/items';
import { findTimes, foldWidth, parseTime } from '../../lib/time/china-time';

describe('nthChild: the element child at an index, walked from the nearer end', () => {
  it('is children[index] (or null) for every index of every child count', () => {
    for (let count = 0; count <= 7; count++) {
      const el = document.createElement('div');
      // Text and comment nodes between the elements are not children of the count.
      for (let i = 0; i < count; i++) el.append(`t${i}`, document.createElement(i % 2 ? 'span' : 'td'));
      el.append(document.createComment('end'));
      for (let index = 0; index <= count + 1; index++)
        expect(nthChild(el, index)).toBe(el.children[index] ?? null);
    }
  });
});

describe('foldWidth: full-width characters and wide spaces folded in one walk', () => {
  const reference = (text: string) =>
    text
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u3000\u00A0]/g, ' ');
  it('gives what the two replacements give', () => {
    const texts = [
      '',
      'plain text 2026-11-20 10:00',
      '订单编号：261120-000300000000001',
      '２０２６年１１月２０日\u3000１０：００',
      '：',
      '\u00a0a\u00a0',
      '￥9.90 ～ ｛｝！\uFF5E\uFF5F\uFF00',
      'end with full-width Ａ',
    ];
    for (const text of texts) expect(foldWidth(text)).toBe(reference(text));
  });
});

describe('parseTime: the leading shape read by hand is what the pattern finds first', () => {
  it('agrees with findTimes on dates, times and near misses', () => {
    const texts: string[] = [];
    for (const date of ['2026-11-20', '2026/1/2', '2026.11.20', '2026-13-01', '2026-02-30', '2026-11-2'])
      for (const rest of [
        '',
        ' 10:00',
        ' 10:00:05',
        'T09:05',
        ' 9:5',
        ' 10:00 :05',
        ' 10:00分 20',
        ' 24:00',
        ' 10:60',
        ' 10',
        ' 10:00 下单',
        ' 10:00:5x',
      ])
        texts.push(date + rest, `下单时间：${date}${rest}`);
    for (const text of texts) expect(parseTime(text)).toBe(findTimes(text)[0]?.ms ?? null);
  });
});

describe('rowCount: the table rows of a block', () => {
  it('counts rows below a card, and none in a card without a table', () => {
    const card = document.createElement('div');
    card.innerHTML = '<div><span>订单号：</span><span>3000</span></div>';
    expect(rowCount([card])).toBe(0);
    card.innerHTML = '<table><tbody><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table>';
    expect(rowCount([card])).toBe(2);
  });
});
