// Pinduoduo order list (PLATFORMS.md): beast-core tables, headers in their own table, one <tbody> per order.
import { chinaTime, chinaYymmdd, digits } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = (o) =>
  ({
    pending: '待发货',
    shipped: '已发货，待签收',
    cancelled: o.n % 2 ? '未发货，退款成功' : '已取消',
    completed: '已签收',
  })[o.status];

const css = `
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { padding: 8px; text-align: left; vertical-align: top; }
th { background: #f5f6fa; color: #86909c; font-weight: 500; }
col.check { width: 36px; }
tbody { border: 1px solid #ebedf0; }
tbody + tbody { border-top: 10px solid #f2f3f5; }
.order-head td { background: #fafafa; color: #595959; }
.order-head span { margin-right: 20px; }
.remark td { color: #e02e24; }
.status { color: #e02e24; font-weight: 600; }
`;

const header = ['商品', '订单状态', '数量', '实收金额', '收货人', '买家昵称'];
const cols = '<colgroup><col class="check"><col style="width:30%"><col><col><col><col><col></colgroup>';

export function pddPage(now, params) {
  const pages = demoOrders(now, 48, { hostile: params?.has('hostile') }).map((list) =>
    list.map((o) => ({
      id: `${chinaYymmdd(o.orderTime)}-${digits(o.n + 100, 15)}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText(o),
      orderTime: chinaTime(o.orderTime),
      promise: o.deadline !== null && o.n !== 4 ? chinaTime(o.deadline) : '',
      goods: o.goods,
      qty: o.qty,
      amount: o.amount.toFixed(2),
      receiver: o.buyer,
      nickname: `pdd${digits(o.n, 3)}***`,
      remark: o.remark,
    })),
  );
  const body = `
<div class="panel"><div class="tabs"><div data-tab="all">全部</div><div data-tab="pending">待发货</div><div>已发货</div><div>售后中</div></div>
<table class="TB_tableHeader_5-113-0">${cols}<thead><tr><th><input type="checkbox" aria-label="全选"></th>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead></table>
<table class="TB_tableWrapper_5-113-0" id="list">${cols}</table>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-testid="beast-core-pagination-next" data-page="next">下一页</li></ul></div>`;
  const script = `${listStateScript}
const COLS = document.querySelector('#list colgroup').outerHTML;
function order(o) {
  return '<tbody data-demo-expect="' + o.expect + '">' +
    '<tr class="order-head"><td colspan="7"><span>订单编号：' + esc(o.id) + '</span><span>订单成交时间：' + esc(o.orderTime) + '</span>' +
    (o.promise ? '<span>承诺发货时间：' + esc(o.promise) + '</span>' : '') + '</td></tr>' +
    '<tr data-testid="beast-core-table-body-tr"><td><input type="checkbox" aria-label="选择"></td><td>' + esc(o.goods) + '</td>' +
    '<td class="status">' + esc(o.statusText) + '</td><td>' + o.qty + '</td><td>￥' + esc(o.amount) + '</td>' +
    '<td>' + esc(o.receiver) + '</td><td>' + esc(o.nickname) + '</td></tr>' +
    (o.remark ? '<tr class="remark"><td colspan="7">买家留言：' + esc(o.remark) + '</td></tr>' : '') + '</tbody>';
}
wire(() => { document.getElementById('list').innerHTML = COLS + visible().map(order).join(''); markTabs(); });`;
  return page({
    title: '订单查询',
    brand: '拼多多商家后台',
    color: '#e02e24',
    nav: demoNav,
    active: '/pdd/orders',
    css,
    body,
    data: { pages },
    script,
  });
}
