// Douyin 抖店 order list, newer auxo table (PLATFORMS.md): a level-0 header row per order, then its product rows.
import { chinaTime, digits, HOUR, MINUTE } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = { pending: '备货中', shipped: '已发货', cancelled: '已取消', completed: '已完成' };

const css = `
.auxo-table { width: 100%; border-collapse: collapse; table-layout: fixed; background: #fff; }
.auxo-table th, .auxo-table td { padding: 8px 10px; text-align: left; vertical-align: top; border-bottom: 1px solid #f0f1f5; }
.auxo-table th { background: #f7f8fa; color: #85878a; font-weight: 500; }
.auxo-table-row-level-0 td { background: #f7f8fa; color: #565960; }
.auxo-table-row-level-0 span { margin-right: 20px; }
.late { color: #fe2c55; }
[data-kora] { padding: 8px 14px; cursor: pointer; }
`;

const remainder = (ms) => `剩余 ${Math.floor(ms / HOUR)}小时${Math.floor((ms % HOUR) / MINUTE)}分`;

export function douyinPage(now, params) {
  const pages = demoOrders(now, 48, { hostile: params?.has('hostile') }).map((list) =>
    list.map((o) => ({
      id: `69${digits(o.n + 300, 17)}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText[o.status],
      orderTime: chinaTime(o.orderTime, '/'),
      promise:
        o.deadline === null ? '' : o.n === 5 ? remainder(o.deadline - now) : chinaTime(o.deadline, '/'),
      goods: o.goods,
      qty: o.qty,
      amount: o.amount.toFixed(2),
      buyer: o.buyer,
      remark: o.remark,
    })),
  );
  const body = `<div id="__GARFISH_SSR_ECOM_FXG_ADMIN_DOM"><div class="panel">
<div class="tabs"><div data-kora="全部" data-tab="all">全部</div><div data-kora="备货中" data-tab="pending">备货中</div><div data-kora="已发货">已发货</div><div data-kora="已完成">已完成</div></div>
<table class="auxo-table"><thead class="auxo-table-thead"><tr><th style="width:34%">商品</th><th>数量</th><th>实付金额</th><th>订单状态</th><th>承诺发货时间</th><th>买家</th></tr></thead>
<tbody class="auxo-table-tbody" id="list"></tbody></table>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-page="next">下一页</li></ul></div></div>`;
  const script = `${listStateScript}
const PLACEHOLDER = '<tr aria-hidden="true" class="auxo-table-measure-row" style="height:0"><td style="padding:0;border:0"></td><td style="padding:0;border:0"></td><td style="padding:0;border:0"></td><td style="padding:0;border:0"></td><td style="padding:0;border:0"></td><td style="padding:0;border:0"></td></tr>';
function order(o) {
  return '<tr class="auxo-table-row auxo-table-row-level-0" data-demo-expect="' + o.expect + '"><td colspan="6"><span>订单编号 ' + esc(o.id) + '</span><span>下单时间 ' + esc(o.orderTime) + '</span></td></tr>' +
    '<tr class="auxo-table-row auxo-table-row-level-1"><td>' + esc(o.goods) + (o.remark ? '<div class="late">买家留言：' + esc(o.remark) + '</div>' : '') + '</td><td>×' + o.qty + '</td><td>¥' + esc(o.amount) + '</td>' +
    '<td>' + esc(o.statusText) + '</td><td>' + esc(o.promise) + '</td><td>' + esc(o.buyer) + '</td></tr>';
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
