import type { OrderStatus } from './types';

/**
 * The words a page uses for an order's state: its status, a risk-control hold, the courier's scan. Field
 * labels are in label-words.ts, order tags in tag-words.ts.
 */

/** Status words (PLATFORMS.md) → status. Longest match wins: `未发货，退款成功` is a cancellation. */
export const statusWords: [string, OrderStatus][] = [
  ['买家已付款，等待卖家发货', 'pending'],
  ['买家已付款,等待卖家发货', 'pending'],
  ['卖家已发货，等待买家确认', 'shipped'],
  ['卖家已发货,等待买家确认', 'shipped'],
  ['未发货，退款成功', 'cancelled'],
  ['未发货,退款成功', 'cancelled'],
  ['已发货，待签收', 'shipped'],
  ['已发货,待签收', 'shipped'],
  ['等待买家付款', 'unpaid'],
  // Short forms on the Taobao sold list (PLATFORMS.md evidence): 买家已付款 alone is still to ship.
  ['买家已付款', 'pending'],
  ['買家已付款', 'pending'],
  ['等待卖家发货', 'pending'],
  ['卖家已发货', 'shipped'],
  ['賣家已發貨', 'shipped'],
  // Some items shipped, others not: the order still has to ship.
  ['部分发货', 'pending'],
  ['部分發貨', 'pending'],
  ['待支付', 'unpaid'],
  ['待付款', 'unpaid'],
  ['待發貨', 'pending'],
  ['待发货', 'pending'],
  ['待出库', 'pending'],
  ['等待出库', 'pending'],
  ['备货中', 'pending'],
  ['備貨中', 'pending'],
  ['待出貨', 'pending'],
  ['待出庫', 'pending'],
  ['等待出庫', 'pending'],
  // The courier's scan: shipped, and collected (see pickupWords).
  ['快递已揽收', 'shipped'],
  ['快递已揽件', 'shipped'],
  ['已揽收', 'shipped'],
  ['已揽件', 'shipped'],
  ['揽收成功', 'shipped'],
  ['揽件成功', 'shipped'],
  ['已攬收', 'shipped'],
  ['已攬件', 'shipped'],
  ['已发货', 'shipped'],
  ['已發貨', 'shipped'],
  ['已出库', 'shipped'],
  ['已出貨', 'shipped'],
  ['已出庫', 'shipped'],
  ['已取消', 'cancelled'],
  ['交易关闭', 'cancelled'],
  ['交易關閉', 'cancelled'],
  ['退款成功', 'cancelled'],
  ['已关闭', 'cancelled'],
  ['已關閉', 'cancelled'],
  ['订单关闭', 'cancelled'],
  ['訂單關閉', 'cancelled'],
  ['已退款', 'cancelled'],
  ['已签收', 'completed'],
  ['已簽收', 'completed'],
  ['交易成功', 'completed'],
  ['已完成', 'completed'],
  ['Awaiting shipment', 'pending'],
  ['Awaiting fulfillment', 'pending'],
  ['Unshipped', 'pending'],
  ['Not shipped', 'pending'],
  ['Pendiente de envío', 'pending'],
  ['Pendiente de envio', 'pending'],
  ['Shipped', 'shipped'],
  ['Enviado', 'shipped'],
  ['Cancelled', 'cancelled'],
  ['Canceled', 'cancelled'],
  ['Cancelado', 'cancelled'],
  ['Refunded', 'cancelled'],
  ['Reembolsado', 'cancelled'],
  ['Delivered', 'completed'],
  ['Completed', 'completed'],
  ['Entregado', 'completed'],
  ['Awaiting payment', 'unpaid'],
  ['Pendiente de pago', 'unpaid'],
];

/**
 * JD's 锁定 (list tab `locked`): usually a risk-control hold. The order still has to ship on time once it is
 * unlocked, so it is pending (its clock keeps running) and the tooltip names the page's word. Read only as a
 * whole status text (`锁定`, a status cell), never inside other words (a product called 智能锁定…).
 */
export const lockedWords = ['锁定', '已锁定', '锁定中', '鎖定', '已鎖定', '鎖定中', 'Locked', 'Bloqueado'];

/**
 * Words saying the courier has scanned (collected) the parcel: JD's 48 h pickup mark ends there. Not the
 * pickup-time labels (`揽收时间` with no value says nothing), the status the page gives once it happened.
 */
export const pickupWords = [
  '已揽收',
  '已揽件',
  '揽收成功',
  '揽件成功',
  '已攬收',
  '已攬件',
  'Collected by courier',
  'Recogido por el mensajero',
];
