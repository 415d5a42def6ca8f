// Taobao/Tmall 千牛 sold orders (PLATFORMS.md): Fusion div.next-table, one <table> per parent order.
import { chinaTime, digits, HOUR, MINUTE } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = {
  pending: '买家已付款，等待卖家发货',
  shipped: '卖家已发货，等待买家确认',
  cancelled: '交易关闭',
  completed: '交易成功',
};

const css = `
.next-table table { width: 100%; border-collapse: collapse; margin-top: 10px; border: 1px solid #e6e6e6; table-layout: fixed; }
.next-table td, .next-table th { padding: 8px 10px; text-align: left; vertical-align: top; }
.next-table th { background: #f5f5f5; color: #666; font-weight: 500; }
.order-row td { background: #eaf4ff; color: #555; }
.order-row span { margin-right: 18px; }
.promise { color: #ff5000; font-size: 12px; display: block; }
`;

/** "剩余 5小时12分" the way the list prints a remainder. */
function remainder(ms) {
  const h = Math.floor(ms / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  return `剩余 ${h}小时${m}分`;
}

export function taobaoPage(now, params) {
  const pages = demoOrders(now, 48, { hostile: params?.has('hostile') }).map((list) =>
    list.map((o) => ({
      id: `4${digits(o.n + 200, 18)}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText[o.status],
      created: chinaTime(o.orderTime),
      paid: chinaTime(o.payTime),
      // Pending orders show their promise; two of them as a remainder, as the list does near the end.
      promise:
        o.deadline === null
          ? ''
          : o.n === 4 || o.n === 12
            ? remainder(o.deadline - now)
            : `承诺发货时间：${chinaTime(o.deadline)}`,
      subs: o.n === 5 ? [o.goods, '赠品：收纳袋'] : [o.goods],
      qty: o.qty,
      amount: o.amount.toFixed(2),
      buyer: o.buyer,
      remark: o.remark,
    })),
  );
  const body = `
<div class="panel"><div class="tabs"><div data-tab="all">近三个月订单</div><div data-tab="pending">等待发货</div><div>已发货</div><div>退款中</div></div>
<div class="next-table"><div class="next-table-header"><table><tr><th style="width:40%">宝贝</th><th>单价</th><th>数量</th><th>买家</th><th>交易状态</th><th>实收款</th></tr></table></div>
<div class="next-table-body" id="list"></div></div>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-page="next">下一页</li></ul></div>`;
  const script = `${listStateScript}
function order(o) {
  const subs = o.subs.map((s, i) => '<tr class="sub-order"><td style="width:40%">' + esc(s) + '</td><td>' + (i ? '¥0.00' : '¥' + esc(o.amount)) + '</td><td>' + (i ? 1 : o.qty) + '</td>' +
    (i ? '<td></td><td></td><td></td>' : '<td>' + esc(o.buyer) + '</td><td>' + esc(o.statusText) + (o.promise ? '<span class="promise">' + esc(o.promise) + '</span>' : '') + '</td><td>¥' + esc(o.amount) + '</td>') + '</tr>').join('');
  return '<table data-demo-expect="' + o.expect + '"><tbody><tr class="order-row"><td colspan="6"><span>订单号：' + esc(o.id) + '</span><span>创建时间：' + esc(o.created) + '</span><span>付款时间：' + esc(o.paid) + '</span></td></tr>' +
    subs + (o.remark ? '<tr><td colspan="6">买家留言：' + esc(o.remark) + '</td></tr>' : '') + '</tbody></table>';
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
