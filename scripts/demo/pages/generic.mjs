// An unknown shop system: a plain English table, read by the generic reader only.
import { chinaTime } from '../china-time.mjs';
import { listStateScript, page } from '../layout.mjs';
import { demoOrders } from '../orders.mjs';
import { demoNav } from './nav.mjs';

const statusText = {
  pending: 'Awaiting shipment',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
  completed: 'Delivered',
};

const css = `
table.orders { width: 100%; border-collapse: collapse; background: #fff; }
.orders th, .orders td { padding: 8px 10px; border-bottom: 1px solid #eee; text-align: left; }
.orders th { color: #666; font-weight: 600; }
`;

export function genericPage(now, params) {
  const pages = demoOrders(now, 24, { hostile: params?.has('hostile') }).map((list) =>
    list.map((o) => ({
      id: `SO-${100200 + o.n}`,
      expect: o.expect,
      status: o.status,
      statusText: statusText[o.status],
      orderTime: chinaTime(o.orderTime, '-', false),
      shipBy: o.deadline === null ? '—' : chinaTime(o.deadline, '-', false),
      total: `$${(o.amount / 7).toFixed(2)}`,
    })),
  );
  const body = `<div class="panel"><div class="tabs"><div data-tab="all">All orders</div><div data-tab="pending">To ship</div></div>
<table class="orders"><thead><tr><th>Order No.</th><th>Order time</th><th>Ship by</th><th>Status</th><th>Total</th><th></th></tr></thead><tbody id="list"></tbody></table>
<ul class="pager"><li data-page="0">1</li><li data-page="1">2</li><li data-page="next">Next</li></ul></div>`;
  const script = `${listStateScript}
function row(o) {
  return '<tr data-demo-expect="' + o.expect + '"><td>' + esc(o.id) + '</td><td>' + esc(o.orderTime) + '</td><td>' + esc(o.shipBy) + '</td><td>' + esc(o.statusText) + '</td><td>' + esc(o.total) + '</td><td><button class="link">Details</button></td></tr>';
}
wire(() => { document.getElementById('list').innerHTML = visible().map(row).join(''); markTabs(); });`;
  const html = page({
    title: 'Orders',
    brand: 'ShopDesk',
    color: '#37474f',
    nav: demoNav,
    active: '/generic/orders',
    css,
    body,
    data: { pages },
    script,
  });
  return html.replace('lang="zh-CN"', 'lang="en"');
}
