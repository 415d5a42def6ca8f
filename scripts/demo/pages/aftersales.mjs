// Pinduoduo after-sales list (售后): requests with the type the buyer chose and their own words.
import { digits } from '../china-time.mjs';
import { escapeHtml, page } from '../layout.mjs';
import { demoNav } from './nav.mjs';

const requests = [
  {
    type: '仅退款',
    receipt: '未收货',
    desc: '不想要了，还没发货就退了吧',
    sku: '保温杯 500ml 白色',
    stage: 'cancellation',
    expectType: 'refund-only',
    warn: '',
  },
  {
    type: '换货',
    receipt: '已收货',
    desc: '尺码不对，我要退货退款',
    sku: '加绒卫衣 灰色 L',
    stage: 'after-sales',
    expectType: 'exchange',
    warn: 'mismatch',
  },
  {
    type: '维修',
    receipt: '已收货',
    desc: '屏幕坏了，直接给我换一个新的',
    sku: '蓝牙音箱 黑色',
    stage: 'after-sales',
    expectType: 'repair',
    warn: 'mismatch',
  },
  {
    type: '换货',
    receipt: '已收货',
    desc: '颜色发错了，请换成黑色',
    sku: '加绒卫衣 黑色 L（缺货）',
    stage: 'after-sales',
    expectType: 'exchange',
    warn: 'no-stock',
  },
  {
    type: '退货退款',
    receipt: '已收货',
    desc: '质量问题，退货',
    sku: '毛线帽 红色',
    stage: 'after-sales',
    expectType: 'return',
    warn: '',
  },
  // Issue 16 point 8: the buyer's last sentence decides, negations included (不是换货，是退货).
  {
    type: '换货',
    receipt: '已签收',
    desc: '不是换货，是退货',
    sku: '羊毛围巾 驼色',
    stage: 'after-sales',
    expectType: 'exchange',
    warn: 'mismatch',
    case: 'negation',
  },
  // Receipt confirmed: a refund request after receipt is after-sales, not a cancellation (jd-aftersales-vs-cancel Q1).
  {
    type: '仅退款',
    receipt: '已确认收货',
    desc: '东西收到了，不想要了，退款吧',
    sku: '陶瓷马克杯 蓝色',
    stage: 'after-sales',
    expectType: 'refund-only',
    warn: '',
    case: 'confirmed-receipt',
  },
  {
    type: '仅退款',
    receipt: '已发货，待签收',
    desc: '等太久了，退了吧',
    sku: '棉拖鞋 灰色 40',
    stage: 'cancellation',
    expectType: 'refund-only',
    warn: '',
    case: 'awaiting-receipt',
  },
  {
    type: '维修',
    receipt: '已签收',
    desc: '修了两次还是坏。能换吗？',
    sku: '电热水壶 1.7L',
    stage: 'after-sales',
    expectType: 'repair',
    warn: 'mismatch',
    case: 'question',
  },
  {
    type: '换货',
    receipt: '已签收',
    desc: '本来想退货。还是换个吧',
    sku: '运动短裤 黑色 M',
    stage: 'after-sales',
    expectType: 'exchange',
    warn: '',
    case: 'changed-mind',
  },
];

const css = `
.req { border: 1px solid #ebedf0; border-radius: 6px; background: #fff; margin-top: 10px; }
.req-head { display: flex; gap: 20px; padding: 8px 12px; background: #fafafa; color: #595959; }
.req-body { display: grid; grid-template-columns: 1.4fr 0.8fr 0.8fr 2fr 0.8fr; gap: 10px; padding: 10px 12px; }
.muted { color: #86909c; }
`;

export function afterSalesPage(now) {
  const rows = requests
    .map((r, i) => {
      const id = `AS${digits(i + 500, 12)}`;
      const orderId = `261120-${digits(i + 700, 15)}`;
      return `<div class="req" data-demo-stage="${r.stage}" data-demo-type="${r.expectType}" data-demo-warning="${r.warn}"${r.case ? ` data-demo-case="${r.case}"` : ''}>
<div class="req-head"><span>售后单号：${id}</span><span>订单编号：${orderId}</span><span class="muted">申请时间：${new Date(now).toISOString().slice(0, 10)}</span></div>
<div class="req-body"><div>${escapeHtml(r.sku)}</div><div>售后类型：${escapeHtml(r.type)}</div><div>收货状态：${escapeHtml(r.receipt)}</div><div>问题描述：${escapeHtml(r.desc)}</div><div><button class="link">同意</button><button class="link">拒绝</button></div></div></div>`;
    })
    .join('');
  return page({
    title: '售后工作台',
    brand: '拼多多商家后台',
    color: '#e02e24',
    nav: demoNav,
    active: '/pdd/aftersales',
    css,
    body: `<div class="panel"><div class="tabs"><div class="active">全部售后</div><div>待处理</div></div>${rows}</div>`,
  });
}
