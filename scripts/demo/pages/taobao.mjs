// Taobao/Tmall 千牛 sold orders (PLATFORMS.md "Evidence from public code"): one <table> per parent order, its
// first row 订单号 and 创建时间 only (no pay time, no ship-by time), then one row per sub-order with its own
// after-sales cell (4th); the order-level cells merged by rowspan. Order 3 has a refunded item and one to ship.
import { chinaTime, digits } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = {
  pending: '买家已付款',
  shipped: '卖家已发货',
  cancelled: '交易关闭',
  completed: '交易成功',
};

const css = `
.next-table table { width: 100%; border-collapse: collapse; margin-top: 10px; border: 1px solid #e6e6e6; table-layout: fixed; }
.next-table td, .next-table th { padding: 8px 10px; text-align: left; vertical-align: top; }
.next-table th { background: #f5f5f5; color: #666; font-weight: 500; }
.order-row td { background: #eaf4ff; color: #555; }
.order-row span { margin-right: 18px; }
`;

export function taobaoPage(now, params) {
  const pages = demoOrders(now, 48, { hostile: params?.has('hostile') }).map((list) =>
    list.map((o) => ({
      id: `4${digits(o.n + 200, 18)}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText[o.status],
      created: chinaTime(o.orderTime),
      // Sub-orders: [name, after-sales] — order 3's first item was refunded, its second still has to ship.
      subs:
        o.n === 3
          ? [
              [o.goods, '退款成功'],
              ['纯棉毛巾 3条装', ''],
            ]
          : o.n === 5
            ? [
                [o.goods, ''],
                ['赠品：收纳袋', ''],
              ]
            : [[o.goods, '']],
      qty: o.qty,
      amount: o.amount.toFixed(2),
      buyer: o.buyer,
      remark: o.remark,
    })),
  );
  const body = `
<div class="panel"><div class="tabs"><div data-tab="all">近三个月订单</div><div data-tab="pending">等待发货</div><div>已发货</div><div>退款中</div></div>
<div class="next-table"><div class="next-table-header"><table><tr><th style="width:34%">宝贝</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>交易状态</th><th>实收款</th></tr></table></div>
<div class="next-table-body" id="list"></div></div>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-page="next">下一页</li></ul></div>`;
  const script = `${listStateScript}
function order(o) {
  const n = o.subs.length;
  const subs = o.subs.map(([name, after], i) => '<tr class="sub-order"><td style="width:34%">' + esc(name) + '</td><td>' + (i && !after ? '¥0.00' : '¥' + esc(o.amount)) + '</td><td>' + (i ? 1 : o.qty) + '</td><td>' + esc(after) + '</td>' +
    (i ? '' : '<td rowspan="' + n + '">' + esc(o.buyer) + '</td><td rowspan="' + n + '"><div class="sold_status-item-box__H5tN2">' + esc(o.statusText) + '</div></td><td rowspan="' + n + '">¥' + esc(o.amount) + '</td>') + '</tr>').join('');
  return '<table data-demo-expect="' + o.expect + '"><tbody><tr class="order-row sold_table-header-box__k3Rb8"><td colspan="7"><span>订单号：' + esc(o.id) + '</span><span class="sold_create-time__9HxaQ">创建时间：' + esc(o.created) + '</span></td></tr>' +
    subs + (o.remark ? '<tr><td colspan="7">买家留言：' + esc(o.remark) + '</td></tr>' : '') + '</tbody></table>';
}
wire(() => { document.getElementById('list').innerHTML = visible().map(order).join(''); markTabs(); });`;
  return page({
    title: '已卖出的宝贝',
    brand: '千牛 · 卖家工作台',
    color: '#ff5000',
    nav: demoNav,
    active: '/taobao/orders',
    css,
    body,
    data: { pages },
    script,
  });
}
