import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/orders/read';
import { parseTime } from '../../lib/time/china-time';

const now = parseTime('2026-11-30 12:00') ?? 0;
const read = (html: string, platform: 'pdd' | 'generic' = 'generic') => {
  document.body.innerHTML = html;
  return readOrders(document.body, platform, { now }).orders;
};

const elRows = (cells: (id: string) => string) =>
  ['340123456701', '340123456702', '340123456703']
    .map((id) => `<tr class="el-table__row">${cells(id)}</tr>`)
    .join('');
const full = (hide: 'id' | 'rest') => (id: string) =>
  `<td class="${hide === 'id' ? 'is-hidden' : ''}"><div class="cell">${id}</div></td>` +
  `<td class="${hide === 'rest' ? 'is-hidden' : ''}"><div class="cell">2026-11-29 23:19:10</div></td>` +
  `<td class="${hide === 'rest' ? 'is-hidden' : ''}"><div class="cell">待出库</div></td>`;
const head = '<thead><tr><th>订单编号</th><th>下单时间</th><th>订单状态</th></tr></thead>';

describe('one order shown more than once on a page', () => {
  it('Element UI fixed columns (copies of the table laid over it): each order once, read from its own row', () => {
    const orders = read(`<div class="el-table">
      <div class="el-table__header-wrapper"><table class="el-table__header">${head}</table></div>
      <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>${elRows(full('id'))}</tbody></table></div>
      <div class="el-table__fixed"><div class="el-table__fixed-header-wrapper"><table class="el-table__header">${head}</table></div>
        <div class="el-table__fixed-body-wrapper"><table class="el-table__body"><tbody>${elRows(full('rest'))}</tbody></table></div></div>
      <div class="el-table__fixed-right"><div class="el-table__fixed-header-wrapper"><table class="el-table__header">${head}</table></div>
        <div class="el-table__fixed-body-wrapper"><table class="el-table__body"><tbody>${elRows(full('rest'))}</tbody></table></div></div>
    </div>`);
    expect(orders.map((o) => o.order.id)).toEqual(['340123456701', '340123456702', '340123456703']);
    for (const o of orders) {
      expect(o.element.closest('.el-table__body-wrapper')).not.toBeNull();
      expect(o.order).toMatchObject({ status: 'pending', orderTime: parseTime('2026-11-29 23:19:10') });
    }
  });

  it('a filter chip and a "recently viewed" line naming a listed order are not orders of their own', () => {
    const orders = read(
      `<span class="chip">已选条件：订单编号：261129-063795392134001 ✕</span>
       <div class="order"><div>订单编号：261129-063795392134001 订单成交时间：2026-11-29 23:19:10</div><table><tr><td>保温杯</td><td>待发货</td></tr></table></div>
       <div class="order"><div>订单编号：261129-063795392134002 订单成交时间：2026-11-29 23:19:10</div><table><tr><td>保温杯</td><td>待发货</td></tr></table></div>
       <aside>最近查看<div>订单编号：261129-063795392134002 <span>待发货</span></div></aside>`,
      'pdd',
    );
    expect(orders.map((o) => o.order.id)).toEqual(['261129-063795392134001', '261129-063795392134002']);
    for (const o of orders) expect(o.element.classList.contains('order')).toBe(true);
  });

  it('two real rows with the same number and the same detail both stay', () => {
    const row = '<tr><td>SO-100003</td><td>2026-11-29 10:00</td><td>Unshipped</td></tr>';
    const orders = read(
      `<table><thead><tr><th>Order No.</th><th>Order time</th><th>Status</th></tr></thead><tbody>${row}${row}${row.replace('100003', '100004')}</tbody></table>`,
    );
    expect(orders.map((o) => o.order.id)).toEqual(['SO-100003', 'SO-100003', 'SO-100004']);
  });
});
