// The demo's orders: the same mix of situations on every platform, times relative to "now".
import { HOUR, MINUTE } from './china-time.mjs';

// Markup in a buyer remark must stay text: the e2e tests ask for it with `?hostile=1`. The showcase (screenshots,
// README picture, `npm run demo`) shows a remark a merchant really gets instead of an alarming `<img onerror>`.
const HOSTILE = '<img src=x onerror="window.__pwned=1">请尽快发货';
const PLAIN_REMARK = '请尽快发货，谢谢';

/** deadlineIn: ms from now to the ship-by time (null = already finished). */
const scenario = [
  [
    { n: 1, expect: 'overdue', status: 'pending', deadlineIn: -70 * MINUTE, remark: '周末前一定要到' },
    { n: 2, expect: 'urgent', status: 'pending', deadlineIn: 40 * MINUTE },
    { n: 3, expect: 'urgent', status: 'pending', deadlineIn: 95 * MINUTE, remark: PLAIN_REMARK },
    { n: 4, expect: 'soon', status: 'pending', deadlineIn: 4 * HOUR },
    { n: 5, expect: 'soon', status: 'pending', deadlineIn: 9.5 * HOUR, remark: '送人的，不要放发票' },
    { n: 6, expect: 'ok', status: 'pending', deadlineIn: 18 * HOUR },
    { n: 7, expect: 'ok', status: 'pending', deadlineIn: 22 * HOUR },
    { n: 8, expect: 'done', status: 'shipped', deadlineIn: null },
    { n: 9, expect: 'done', status: 'cancelled', deadlineIn: null },
    { n: 10, expect: 'done', status: 'completed', deadlineIn: null },
  ],
  [
    { n: 11, expect: 'urgent', status: 'pending', deadlineIn: 60 * MINUTE },
    { n: 12, expect: 'soon', status: 'pending', deadlineIn: 6 * HOUR },
    { n: 13, expect: 'ok', status: 'pending', deadlineIn: 20 * HOUR },
    { n: 14, expect: 'done', status: 'shipped', deadlineIn: null },
    { n: 15, expect: 'overdue', status: 'pending', deadlineIn: -3 * HOUR },
  ],
];

const goods = [
  ['加厚珊瑚绒四件套 1.8m床 灰色', 129],
  ['不锈钢保温杯 500ml 磨砂黑', 59.9],
  ['儿童防蓝光眼镜 粉色', 39],
  ['无线蓝牙耳机 降噪版 白色', 199],
  ['纯棉毛巾 3条装', 29.9],
  ['手冲咖啡壶套装 600ml', 88],
];
const buyers = ['王**', '李**', 'z***9', '陈**', '张**', '刘**', 'm***a', '赵**'];

/**
 * Orders for one platform. `limitHours` is the platform's clock (JD 24 h, PDD 48 h) so that the
 * order time puts the computed deadline where the scenario wants it; pages may also print it. `hostile`: the
 * third order's remark is markup (`?hostile=1`, for the tests that prove it stays text).
 */
export function demoOrders(now, limitHours, { hostile = false } = {}) {
  return scenario.map((list) =>
    list.map((o) => {
      if (hostile && o.remark === PLAIN_REMARK) o = { ...o, remark: HOSTILE };
      const [item, price] = goods[o.n % goods.length];
      const deadline = o.deadlineIn === null ? null : now + o.deadlineIn;
      const orderTime = deadline === null ? now - (30 + o.n) * HOUR : deadline - limitHours * HOUR;
      return {
        ...o,
        deadline,
        orderTime,
        payTime: orderTime + (1 + (o.n % 5)) * MINUTE,
        goods: item,
        qty: 1 + (o.n % 3),
        amount: Math.round(price * (1 + (o.n % 3)) * 100) / 100,
        buyer: buyers[o.n % buyers.length],
        remark: o.remark ?? '',
      };
    }),
  );
}

/**
 * JD only: shipped orders against the courier's 48 h pickup (jd-shipping-faq: 消费者下单成功后48小时内，消费者查询不到
 * 订单的快递公司揽件跟踪信息的). One ordered 39.5 h ago, shipped and not yet scanned (pickup due in 8 h), one scanned
 * 6 h after its order. `expect` is the row's level (shipped: done), `pickup` its pickup level.
 */
export function jdPickupOrders(now) {
  return [
    {
      n: 16,
      expect: 'done',
      pickup: 'soon',
      orderTime: now - 40 * HOUR + 30 * MINUTE,
      shipAfter: 5 * HOUR,
      pickupAfter: null,
    },
    {
      n: 17,
      expect: 'done',
      pickup: 'done',
      orderTime: now - 30 * HOUR,
      shipAfter: 3 * HOUR,
      pickupAfter: 6 * HOUR,
    },
  ].map((o) => {
    const [item, price] = goods[o.n % goods.length];
    return {
      ...o,
      status: 'shipped',
      deadline: null,
      payTime: o.orderTime + MINUTE,
      shipTime: o.orderTime + o.shipAfter,
      pickupTime: o.pickupAfter === null ? null : o.orderTime + o.pickupAfter,
      goods: item,
      qty: 1,
      amount: price,
      buyer: buyers[o.n % buyers.length],
      remark: '',
    };
  });
}
