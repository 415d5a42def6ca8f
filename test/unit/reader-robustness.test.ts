import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/orders/read';
import { parseAmount } from '../../lib/orders/text';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultAssessSettings } from '../../lib/rules/types';
import { parseTime } from '../../lib/time/china-time';

const now = parseTime('2026-11-20 12:00') ?? 0;

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const table = (
  rows: string[],
  header = '<th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th>',
) => `<table><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;

describe('the readers under bad input', () => {
  it('a missing ship-by column, a malformed date and an order with no time give unknown, not an exception', () => {
    const root = page(
      table(
        [
          '<tr><td>SO-100001</td><td>2026-13-45 25:99</td><td>Awaiting shipment</td></tr>',
          '<tr><td>SO-100002</td><td></td><td>Awaiting shipment</td></tr>',
        ],
        '<th>Order No.</th><th>Order time</th><th>Status</th>',
      ),
    );
    const { orders } = readOrders(root, 'generic', { now });
    expect(orders.map((o) => o.order.id)).toEqual(['SO-100001', 'SO-100002']);
    expect(orders[0]?.order.unreadable).toEqual(['orderTime']);
    for (const { order } of orders)
      expect(assess(order, presetRules, defaultAssessSettings, now).level).toBe('unknown');
  });

  it('duplicate order numbers stay two rows', () => {
    const row =
      '<tr><td>SO-100003</td><td>2026-11-19 10:00</td><td>2026-11-21 10:00</td><td>Unshipped</td></tr>';
    const { orders } = readOrders(page(table([row, row, row.replace('100003', '100004')])), 'generic', {
      now,
    });
    expect(orders).toHaveLength(3);
    expect(new Set(orders.map((o) => o.element)).size).toBe(3);
  });

  it('hostile text is read as text and never becomes markup', () => {
    const root = page(
      `<div class="order-card"><p>订单号：DD-2026112001</p><p>承诺发货时间：2026-11-21 10:00</p><p>买家备注：&lt;img src=x onerror=alert(1)&gt;{orderId}</p><p>待发货</p></div>
       <div class="order-card"><p>订单号：DD-2026112002</p><p>承诺发货时间：2026-11-21 11:00</p><p>待发货</p></div>`,
    );
    const { orders } = readOrders(root, 'generic', { now });
    expect(orders[0]?.order.remark).toBe('<img src=x onerror=alert(1)>{orderId}');
    expect(root.querySelector('img')).toBeNull();
  });

  it('a remark that mentions a status does not change the order status', () => {
    const root = page(
      `<div class="card"><p>订单号：DD-2026112003</p><p>买家留言：已发货了吗？没发货就取消</p><p>待发货</p></div>
       <div class="card"><p>订单号：DD-2026112004</p><p>已发货</p></div>`,
    );
    const { orders } = readOrders(root, 'generic', { now });
    expect(orders.map((o) => o.order.status)).toEqual(['pending', 'shipped']);
  });

  it('a page that is not an order list yields no orders', () => {
    const root = page(
      table(['<tr><td>A-1</td><td>12</td><td>¥35.00</td></tr>'], '<th>SKU</th><th>Stock</th><th>Price</th>'),
    );
    expect(readOrders(root, 'generic', { now }).orders).toEqual([]);
    expect(readOrders(page(''), 'jd', { now }).orders).toEqual([]);
  });

  it('5,000 rows are all read', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<tr><td>SO-${200000 + i}</td><td>2026-11-19 10:00</td><td>2026-11-21 10:00</td><td>Unshipped</td></tr>`,
    );
    const { orders } = readOrders(page(table(rows)), 'generic', { now });
    expect(orders).toHaveLength(5000);
    expect(orders[4999]?.order).toMatchObject({ id: 'SO-204999', status: 'pending' });
  }, 60_000); // a large page read in full: correctness, not a timing check (timings are in npm run bench)

  it('a platform selector that suddenly wraps many orders is abandoned for the generic reader', () => {
    const cards = Array.from(
      { length: 4 },
      (_, i) =>
        `<li><span>订单编号：260923-06379539213291${i}</span><span>承诺发货时间：2026-11-21 10:00</span><em>待发货</em></li>`,
    ).join('');
    const root = page(
      `<table class="TB_tableWrapper_5-1"><tbody><tr><td><ul>${cards}</ul></td></tr></tbody></table>`,
    );
    const result = readOrders(root, 'pdd', { now });
    expect(result.via).toBe('generic');
    expect(result.orders.map((o) => o.element.tagName)).toEqual(['LI', 'LI', 'LI', 'LI']);
  });
});

describe('amounts', () => {
  it('reads the separators of every page language', () => {
    expect(parseAmount('¥1,299.50')).toBe(1299.5);
    expect(parseAmount('￥ 35')).toBe(35);
    expect(parseAmount('35.00 元')).toBe(35);
    expect(parseAmount('€ 32,50')).toBe(32.5);
    expect(parseAmount('1.299,50 €')).toBe(1299.5);
    expect(parseAmount('$1,204')).toBe(1204);
    expect(parseAmount('１２８．００')).toBe(128);
    expect(parseAmount('免费')).toBeNull();
  });
});

describe('flags', () => {
  it('a suspected malicious order is flagged from its tag', () => {
    const root = page(
      `<div class="card"><p>订单号：DD-2026112005</p><span class="tag">疑似恶意订单</span><p>待发货</p></div>
       <div class="card"><p>订单号：DD-2026112006</p><p>待发货</p></div>`,
    );
    expect(readOrders(root, 'generic', { now }).orders.map((o) => o.order.suspicious ?? false)).toEqual([
      true,
      false,
    ]);
  });
});

describe('diagnostic for an unrecognised page', () => {
  it('describes the page shape without any buyer data', async () => {
    const { diagnose } = await import('../../lib/orders/diagnose');
    const root = page(
      '<div class="x"><p>订单号：302598713465</p><p>收货人：王小明 13812345678</p><p>下单时间：2026-11-19 10:00</p></div>',
    );
    const text = diagnose(
      root,
      'jd',
      'https://shop.jd.com/jdm/trade/orders/order-list?buyer=wang&tab=1',
      '1.2.3',
    );
    expect(text).toContain('page: https://shop.jd.com/jdm/trade/orders/order-list');
    expect(text).toContain('.jd-scrollbar__view .table-body div.card (2026 card layout): 0');
    expect(text).toMatch(/labels found: .*id×1/);
    for (const secret of ['302598713465', '王小明', '13812345678', 'wang', '2026-11-19'])
      expect(text).not.toContain(secret);
  });
});

describe('one order on the page (a chat’s order panel)', () => {
  it('an order number in its own element still brings the order’s other fields beside it', () => {
    document.body.innerHTML = `<div class="panel"><div>订单号：<span>312456789012</span></div><div>下单时间：<span>2026-11-20 10:00:00</span></div><div>订单状态：<span>等待出库</span></div></div><textarea></textarea>`;
    const { orders } = readOrders(document.body, 'jd', { now });
    expect(orders).toHaveLength(1);
    expect(orders[0]?.order).toMatchObject({
      id: '312456789012',
      status: 'pending',
      orderTime: parseTime('2026-11-20 10:00:00'),
    });
  });
});

describe('what real pages have (PLATFORMS.md "Evidence from public code")', () => {
  const read = (html: string, platform: Parameters<typeof readOrders>[1]) =>
    readOrders(page(html), platform, { now }).orders.map(({ order }) => order);

  it('text is read as the merchant sees it: inline <style> in PDD cells is not text', () => {
    const style = (n: number) =>
      `<style>.beast-core-ellipsis-${n}{-webkit-line-clamp:${n};max-height:40px}</style>`;
    const [o] = read(
      `<table><thead><tr><th>商品</th><th>订单状态</th><th>实收金额</th></tr></thead></table>
       <table class="TB_tableWrapper_5-161-0"><tbody data-testid="beast-core-table-middle-tbody">
         <tr><td colspan="3">订单编号：261119-063795392132914 订单成交时间：2026-11-19 10:00:00</td></tr>
         <tr data-testid="beast-core-table-body-tr"><td>${style(2)}毛毯</td><td>${style(1)}待发货</td><td>${style(1)}¥35.00</td></tr>
       </tbody></table>`,
      'pdd',
    );
    expect(o).toMatchObject({
      id: '261119-063795392132914',
      status: 'pending',
      statusText: '待发货',
      amount: 35,
    });
  });

  it('a remaining-time column in clock form gives the deadline', () => {
    const [o] = read(
      table(
        ['<tr><td>4987000000000000001</td><td>待发货</td><td>00:30:00</td></tr>'],
        '<th>订单号</th><th>订单状态</th><th>剩余发货时间</th>',
      ),
      'generic',
    );
    expect(o?.promiseTime).toBe(now + 30 * 60_000);
    const [p] = read(
      `<div class="order">订单号：4987000000000000002 <span>待发货</span> <span>剩余 1天 02:03:04</span></div>`,
      'generic',
    );
    expect(p?.promiseTime).toBe(now + ((26 * 60 + 3) * 60 + 4) * 1000);
  });

  it('Douyin labels followed by a no-break space are read anywhere in the header text', () => {
    const [o] = read(
      `<table><tbody class="auxo-table-tbody">
        <tr class="auxo-table-row" data-row-key="6931827364519283746"><td colspan="3">订单编号\u00a06931827364519283746\u00a0\u00a0下单时间\u00a02026/11/20 09:30:00</td></tr>
        <tr class="auxo-table-row" data-row-key="6931827364519283746-child-0"><td>围巾</td><td>¥199.00</td><td>待发货</td></tr>
      </tbody></table>`.replace(/\\u00a0/g, '\u00a0'),
      'douyin',
    );
    expect(o).toMatchObject({
      id: '6931827364519283746',
      status: 'pending',
      orderTime: parseTime('2026-11-20 09:30:00'),
    });
  });

  it('a refunded sub-order does not close an order whose other item still ships, in any wrapper', () => {
    // A second order on the page, so that each order's block is its own table.
    const other = `<table><tbody><tr><td colspan="5">订单号：3849201756382910499 创建时间：2026-11-18 13:00:00</td></tr>
      <tr><td>帆布包</td><td>￥49.00</td><td>1</td><td></td><td>交易成功</td></tr></tbody></table>`;
    const order = (status: string) => `${other}
      <table><tbody>
        <tr><td colspan="5">订单号：3849201756382910482 创建时间：2026-11-18 13:00:00</td></tr>
        <tr><td>加绒卫裤 黑色 XL</td><td>￥89.00</td><td>1</td><td>退款成功</td><td rowspan="2">${status}</td></tr>
        <tr><td>运动袜 5双装</td><td>￥29.00</td><td>1</td><td></td></tr>
      </tbody></table>`;
    for (const html of [
      order('买家已付款'),
      `<div class="next-table">${order('买家已付款')}</div>`,
      order('处理中'),
    ]) {
      const [, o] = read(html, 'taobao');
      expect(o?.status, html).toBe(html.includes('处理中') ? 'unknown' : 'pending');
      expect(o?.items).toEqual([
        { name: '加绒卫裤 黑色 XL', status: 'cancelled' },
        { name: '运动袜 5双装', status: html.includes('处理中') ? 'unknown' : 'pending' },
      ]);
      const a = assess(o!, presetRules, defaultAssessSettings, now);
      expect(a.level).not.toBe('done');
      if (!html.includes('处理中'))
        expect(a).toMatchObject({ level: 'urgent', basis: 'order', itemsToShip: ['运动袜 5双装'] });
    }
    // The trade status only in the first item's row, no rowspan (the later row has fewer cells), the refund
    // beside it or on the other item: the other item still ships.
    const noSpan = (first: string, second: string) => `${other}
      <table><tbody>
        <tr><td colspan="5">订单号：3849201756382910482 创建时间：2026-11-18 13:00:00</td></tr>
        <tr><td>加绒卫裤 黑色 XL</td><td>￥89.00</td><td>1</td><td>${first}</td><td>买家已付款</td></tr>
        <tr><td>运动袜 5双装</td><td>￥29.00</td><td>1</td><td>${second}</td></tr>
      </tbody></table>`;
    const [, a1] = read(noSpan('退款成功', ''), 'taobao');
    expect(a1?.items?.map((i) => i.status)).toEqual(['cancelled', 'pending']);
    const [, a2] = read(noSpan('', '退款成功'), 'taobao');
    expect(a2?.items?.map((i) => i.status)).toEqual(['pending', 'cancelled']);
    expect([a1?.status, a2?.status]).toEqual(['pending', 'pending']);
    // Every item refunded or closed: the order is done.
    const [, closed] = read(order('交易关闭').replace('<td></td>', '<td>退款成功</td>'), 'taobao');
    expect(closed?.status).toBe('cancelled');
  });
});
