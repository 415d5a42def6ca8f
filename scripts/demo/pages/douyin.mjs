// Douyin 抖店 order list (PLATFORMS.md "Evidence from public code"): `tr.auxo-table-row[data-row-key]`, a header row
// per order with `订单编号 …` and `下单时间 YYYY/MM/DD …` (a no-break space after each label) and no latest-ship time,
// one child row per SKU (key contains `child`), order-level cells merged by rowspan (status in the 7th cell), and a
// remark row repeating the order key. Order 3 has two SKUs, one refunded.
import { chinaTime, digits } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = { pending: '待发货', shipped: '已发货', cancelled: '已关闭', completed: '已完成' };

const css = `
.auxo-table { width: 100%; border-collapse: collapse; table-layout: fixed; background: #fff; }
.auxo-table th, .auxo-table td { padding: 8px 10px; text-align: left; vertical-align: top; border-bottom: 1px solid #f0f1f5; }
.auxo-table th { background: #f7f8fa; color: #85878a; font-weight: 500; }
.order-head td { background: #f7f8fa; color: #565960; }
.order-head span { margin-right: 20px; }
.late { color: #fe2c55; }
[data-kora] { padding: 8px 14px; cursor: pointer; }
`;

export function douyinPage(now, params) {
  const pages = demoOrders(now, 48, { hostile: params?.has('hostile') }).map((list) =>
    list.map((o) => ({
      id: `69${digits(o.n + 300, 17)}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText[o.status],
      orderTime: chinaTime(o.orderTime, '/'),
      skus:
        o.n === 3
          ? [
              [o.goods, ''],
              ['纯棉毛巾 3条装', '退款成功'],
            ]
          : [[o.goods, '']],
      goods: o.goods,
      qty: o.qty,
      amount: o.amount.toFixed(2),
      buyer: o.buyer,
      remark: o.remark,
    })),
  );
  const body = `<div id="__GARFISH_SSR_ECOM_FXG_ADMIN_DOM"><div class="panel">
<div class="tabs"><div data-kora="全部" data-tab="all">全部</div><div data-kora="备货中" data-tab="pending">备货中</div><div data-kora="已发货">已发货</div><div data-kora="已完成">已完成</div></div>
<table class="auxo-table"><thead class="auxo-table-thead"><tr><th style="width:28%">商品</th><th>单价</th><th>数量</th><th>售后</th><th>买家</th><th>实付金额</th><th>订单状态</th><th>操作</th></tr></thead>
<tbody class="auxo-table-tbody" id="list"></tbody></table>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-page="next">下一页</li></ul></div></div>`;
  const script = `${listStateScript}
const PLACEHOLDER = '<tr aria-hidden="true" class="auxo-table-measure-row" style="height:0">' + '<td style="padding:0;border:0"></td>'.repeat(8) + '</tr>';
const NBSP = '\\u00a0';
function order(o) {
  const n = o.skus.length;
  const head = '<tr class="auxo-table-row order-head" data-row-key="' + esc(o.id) + '" data-demo-expect="' + o.expect + '"><td colspan="8"><span class="index_ellipsis__MJ7fR">订单编号' + NBSP + esc(o.id) + '</span><span class="index_ellipsis__MJ7fR">下单时间' + NBSP + esc(o.orderTime) + '</span></td></tr>';
  const children = o.skus.map(([name, after], i) => '<tr class="auxo-table-row" data-row-key="' + esc(o.id) + '-child-' + i + '"><td>' + esc(name) + '</td><td>¥' + esc(o.amount) + '</td><td>×' + (i ? 1 : o.qty) + '</td><td>' + esc(after) + '</td>' +
    (i ? '' : '<td rowspan="' + n + '">' + esc(o.buyer) + '</td><td rowspan="' + n + '">¥' + esc(o.amount) + '</td><td rowspan="' + n + '"><span class="index_ellipsis__MJ7fR">' + esc(o.statusText) + '</span></td><td rowspan="' + n + '"><a>发货</a></td>') + '</tr>').join('');
  const remark = o.remark ? '<tr class="auxo-table-row" data-row-key="' + esc(o.id) + '"><td colspan="8" class="late">买家留言：' + esc(o.remark) + '</td></tr>' : '';
  return head + children + remark;
}
wire(() => { document.getElementById('list').innerHTML = PLACEHOLDER + PLACEHOLDER + visible().map(order).join(''); markTabs(); });`;
  return page({
    title: '订单管理',
    brand: '抖店 · 商家后台',
    color: '#1966ff',
    nav: demoNav,
    active: '/douyin/orders',
    css,
    body,
    data: { pages },
    script,
  });
}
