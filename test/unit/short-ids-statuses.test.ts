import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n/translate';
import { readOrders } from '../../lib/orders/read';
import { findIdToken } from '../../lib/orders/text';
import { assess } from '../../lib/rules/assess';
import { explain } from '../../lib/rules/explain';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime } from '../../lib/time/china-time';
import { CHINA_ZONE } from '../../lib/time/zone';

const now = parseTime('2026-11-20 12:00') ?? 0;
const table = (rows: string[]) => {
  document.body.innerHTML = `<table><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return document.body;
};
const row = (id: string, status: string, shipBy = '2026-11-20 10:00') =>
  `<tr><td>${id}</td><td>2026-11-19 10:00</td><td>${shipBy}</td><td>${status}</td></tr>`;

describe('order numbers a shop of its own gives (short, with letters)', () => {
  it('a cell or labelled value that is only the number is read, however short', () => {
    expect(['#1001', 'SO-1001', '1001', 'ORD-A7F3K9', 'No. 12345'].map((v) => findIdToken(v))).toEqual([
      '1001',
      'SO-1001',
      '1001',
      'ORD-A7F3K9',
      '12345',
    ]);
  });

  it('inside longer text only a long number is taken: product words, dates and masked phones are not', () => {
    expect(findIdToken('Apple 256G 黑色')).toBeNull();
    expect(findIdToken('2026-11-24')).toBeNull();
    expect(findIdToken('11-24')).toBeNull();
    expect(findIdToken('138****1234')).toBeNull();
    expect(findIdToken('收货人 张** 138****1234 订单 260923-063795392132914')).toBe('260923-063795392132914');
  });

  it('a table of short order numbers under "Order No." is read row by row', () => {
    const { orders } = readOrders(
      table([
        row('#1001', 'Unshipped'),
        row('SO-1002', 'Unshipped'),
        row('ORD-A7F3K9', 'Shipped'),
        row('1004', 'Unshipped'),
      ]),
      'generic',
      { now },
    );
    expect(orders.map((o) => [o.order.id, o.order.status])).toEqual([
      ['1001', 'pending'],
      ['SO-1002', 'pending'],
      ['ORD-A7F3K9', 'shipped'],
      ['1004', 'pending'],
    ]);
  });
});

describe('statuses that end the shipping clock', () => {
  it('closed and refunded orders get no countdown and no penalty', () => {
    const { orders } = readOrders(
      table([
        row('SO-100001', 'Refunded'),
        row('SO-100002', '已关闭'),
        row('SO-100003', '已關閉'),
        row('SO-100004', '已出貨'),
      ]),
      'generic',
      { now },
    );
    for (const { order } of orders) {
      const a = assess(order, presetRules, defaultAssessSettings, now);
      expect([order.id, a.level, a.penalty]).toEqual([order.id, 'done', undefined]);
    }
  });

  it('a status the page shows but Seller Desk does not know is named in the tooltip, not called missing', () => {
    const { orders } = readOrders(table([row('SO-100005', '挂起中')]), 'generic', { now });
    const a = assess(orders[0]!.order, presetRules, defaultAssessSettings, now);
    expect(a.level).toBe('overdue');
    const lines = explain(a, {
      t: createTranslator('zh_CN'),
      locale: 'zh_CN',
      rules: presetRules,
      zone: CHINA_ZONE,
    }).lines;
    expect(lines).toContain('页面显示的状态“挂起中”无法识别：按未发货处理');
    expect(lines.join('\n')).not.toContain('页面未显示订单状态');
  });
});
