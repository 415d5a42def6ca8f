// JD 京麦, 2026 card layout (PLATFORMS.md): a div.card per order inside .jd-scrollbar__view .table-body.
import { chinaTime, digits } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders, jdPickupOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = { pending: '等待出库', shipped: '已出库', cancelled: '已取消', completed: '已完成' };

const css = `
.table-head, .card-body { display: grid; grid-template-columns: 2.6fr 1.2fr 1fr 1.4fr 1.4fr 0.9fr; gap: 8px; }
.table-head { padding: 8px 12px; background: #f7f8fa; color: #86909c; border-radius: 4px; }
.card { border: 1px solid #e5e6eb; border-radius: 6px; margin-top: 10px; background: #fff; }
.card-header { display: flex; gap: 16px; align-items: center; padding: 8px 12px; background: #fafbfc; border-bottom: 1px solid #f0f0f0; color: #4e5969; }
.card-body { padding: 10px 12px; align-items: start; }
.order-tags-item { background: #fff1f0; color: #e1251b; border-radius: 2px; padding: 0 4px; font-size: 12px; }
.order-status { font-weight: 600; }
.promise-out-ship-date { color: #86909c; font-size: 12px; }
.remark-cell__text { color: #e1251b; word-break: break-all; }
.toolbar { padding: 8px 16px; } .reminder-btn { border: 1px solid #e1251b; color: #e1251b; background: #fff; border-radius: 4px; padding: 4px 12px; cursor: pointer; }
.modal { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: grid; place-items: center; z-index: 10; }
.modal[hidden] { display: none; }
.modal-box { background: #fff; border-radius: 8px; padding: 16px 20px; width: 520px; display: grid; gap: 8px; }
.modal-box h3 { margin: 0; } .modal-box textarea { width: 100%; font: inherit; padding: 6px; }
.modal-actions { display: flex; justify-content: flex-end; gap: 8px; }
/* 400 px: a card lays its cells out two by two and its header wraps; the column heads have no columns to name. */
@media (max-width: 640px) {
  .table-head { display: none; }
  .card-body { grid-template-columns: 1fr 1fr; }
  .card-header { flex-wrap: wrap; gap: 4px 12px; }
}
`;

export function jdPage(now, params) {
  const lists = demoOrders(now, 24, { hostile: params?.has('hostile') });
  // Shipped orders against the 48 h courier pickup: one not scanned yet, one scanned (first page).
  lists[0] = [...lists[0], ...jdPickupOrders(now)];
  const pages = lists.map((list) =>
    list.map((o) => ({
      id: `3${digits(o.n, 11)}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText[o.status],
      times: `${chinaTime(o.orderTime)} 下单，${chinaTime(o.payTime)} 付款`,
      promise: o.deadline !== null && o.n % 2 === 0 ? chinaTime(o.deadline) : '',
      presale: o.n === 6,
      goods: o.goods,
      qty: o.qty,
      buyer: o.buyer,
      amount: o.amount.toFixed(2),
      remark: o.remark,
      pickup: o.pickup ?? '',
      shipTime: o.shipTime ? chinaTime(o.shipTime) : '',
      pickupTime: o.pickupTime ? chinaTime(o.pickupTime) : '',
    })),
  );
  const urged = pages[0][1];
  const body = `
<div class="panel toolbar"><button id="open-reminder" class="reminder-btn">待回复催单 (1)</button></div>
<div class="modal" role="dialog" aria-label="回复催单" hidden><div class="modal-box"><h3>回复买家催单</h3>
<p class="modal-order">买家催发货，订单号：${urged.id}</p><textarea id="reminder-reply" rows="4" placeholder="请说明未发货原因，有货请承诺24小时内发货并提供运单号"></textarea>
<div class="modal-actions"><button id="close-reminder">取消</button><button id="send-reminder">提交回复</button></div></div></div>
<div class="panel"><div class="tabs"><div data-tab="all">全部订单</div><div data-tab="pending">待出库</div><div>已出库</div><div>已完成</div></div>
<div class="jd-scrollbar__view"><div class="table-head"><span>商品信息</span><span>收货人</span><span>应收金额</span><span>订单状态</span><span>备注</span><span>操作</span></div>
<div class="table-body" id="list"></div></div>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-page="next">下一页</li></ul></div>`;
  const script = `${listStateScript}
function card(o) {
  return '<div class="card" data-demo-expect="' + o.expect + '"' +
    (o.pickup ? ' data-demo-pickup="' + o.pickup + '"' : '') + '>' +
    '<div class="card-header"><span>订单号：<span class="shop-order-id">' + esc(o.id) + '</span></span>' +
    '<span class="order-time">' + esc(o.times) + '</span>' +
    (o.presale ? '<span class="order-tags"><span class="order-tags-item">预售</span></span>' : '') +
    '<button class="link">复制</button></div>' +
    '<div class="card-body"><div>' + esc(o.goods) + ' <span class="muted">×' + o.qty + '</span></div>' +
    '<div prop="consigneeInfo">' + esc(o.buyer) + '<br><span class="muted">138****' + o.id.slice(-4) + '</span></div>' +
    '<div prop="receivables">¥' + esc(o.amount) + '</div>' +
    '<div prop="orderStatus"><span class="order-status">' + esc(o.statusText) + '</span>' +
    (o.promise ? '<div class="promise-out-ship-date">承诺出库时间：' + esc(o.promise) + '</div>' : '') +
    (o.shipTime ? '<div class="muted">出库时间：' + esc(o.shipTime) + '</div>' : '') +
    (o.pickupTime ? '<div class="muted">快递已揽收</div><div class="muted">揽收时间：' + esc(o.pickupTime) + '</div>' : '') +
    '</div>' +
    '<div><span class="remark-cell__text">' + esc(o.remark) + '</span></div>' +
    '<div><button class="link">出库</button><button class="link">备注</button></div></div></div>';
}
wire(() => { document.getElementById('list').innerHTML = visible().map(card).join(''); markTabs(); });
const modal = document.querySelector('.modal');
document.getElementById('open-reminder').addEventListener('click', () => (modal.hidden = false));
document.getElementById('close-reminder').addEventListener('click', () => (modal.hidden = true));
document.getElementById('send-reminder').addEventListener('click', () => (modal.hidden = true));`;
  return page({
    title: '订单管理',
    brand: '京麦 · 商家工作台',
    color: '#e1251b',
    nav: demoNav,
    active: '/jd/orders',
    css,
    body,
    data: { pages },
    script,
  });
}
