import type { OrderStatus } from './types';

/** Fields a label or a column header can name. */
export type Field =
  | 'id'
  | 'orderTime'
  | 'payTime'
  | 'promise'
  | 'shipTime'
  | 'pickupTime'
  | 'status'
  | 'amount'
  | 'remark'
  | 'buyer'
  | 'requestId'
  | 'requestType'
  | 'description'
  | 'receipt'
  /** A countdown the page shows instead of a ship-by time (`剩余发货时间 00:30:00`). */
  | 'remaining';

/**
 * Label words in the four UI languages (PLATFORMS.md "Label words"); add more as found.
 * Matching is case-insensitive, longest first, so `买家备注` wins over `备注`.
 */
export const labelWords: Record<Field, string[]> = {
  // After-sales requests (售后): their own number, the type the buyer chose, their words, receipt.
  requestId: [
    '售后单号',
    '售后编号',
    '服务单号',
    '退款编号',
    '退款单号',
    '售後單號',
    '退款編號',
    'Request No.',
    'Request ID',
    'Return ID',
    'N.º de solicitud',
  ],
  requestType: [
    '售后类型',
    '服务类型',
    '退款类型',
    '申请类型',
    '售后方式',
    '售後類型',
    '退款類型',
    'Request type',
    'Tipo de solicitud',
  ],
  description: [
    '问题描述',
    '退款原因',
    '申请原因',
    '售后原因',
    '买家描述',
    '問題描述',
    '退款原因',
    'Description',
    'Descripción',
    'Motivo',
  ],
  receipt: [
    '收货状态',
    '货物状态',
    '是否收到货',
    '收貨狀態',
    '貨物狀態',
    'Goods status',
    'Estado de la mercancía',
  ],
  id: [
    '订单号',
    '订单编号',
    '主订单号',
    '父订单号',
    '訂單編號',
    '訂單號',
    'Order ID',
    'Order No.',
    'Order No',
    'Order number',
    'Order #',
    'N.º de pedido',
    'Nº de pedido',
    'N° de pedido',
    'Número de pedido',
  ],
  orderTime: [
    '下单时间',
    '订单成交时间',
    '订单提交时间',
    '成交时间',
    '创建时间',
    '下單時間',
    '訂單成立時間',
    '建立時間',
    'Order time',
    'Order date',
    'Ordered at',
    'Created at',
    'Fecha del pedido',
    'Fecha de pedido',
  ],
  payTime: [
    '付款时间',
    '支付时间',
    '付款確認時間',
    '付款時間',
    '支付時間',
    'Paid at',
    'Payment time',
    'Payment date',
    'Fecha de pago',
  ],
  promise: [
    '承诺发货时间',
    '最晚发货时间',
    '承诺出库时间',
    // JD names its promise by 出库 (leaving the warehouse): `.promise-out-ship-date` (PLATFORMS.md evidence).
    '预计出库时间',
    '最晚出库时间',
    '承诺出库',
    '承諾出庫時間',
    '預計出庫時間',
    '发货截止时间',
    '承諾發貨時間',
    '最晚發貨時間',
    'Ship by',
    'Ship-by',
    'Ship before',
    'Latest ship time',
    'Ship deadline',
    'Enviar antes de',
    'Fecha límite de envío',
  ],
  // When the parcel went out (waybill uploaded) and when the courier scanned it: JD's 48 h pickup clock stops
  // at the scan (jd-shipping-faq: 消费者下单成功后48小时内，消费者查询不到订单的快递公司揽件跟踪信息的).
  shipTime: [
    '出库时间',
    '发货时间',
    '出庫時間',
    '發貨時間',
    'Ship time',
    'Shipping time',
    'Dispatch time',
    'Fecha de envío',
  ],
  pickupTime: [
    '揽收时间',
    '揽件时间',
    '揽收扫描时间',
    '攬收時間',
    '攬件時間',
    'Pickup time',
    'Pick-up time',
    'Collection time',
    'Fecha de recogida',
    'Hora de recogida',
  ],
  remaining: [
    '剩余发货时间',
    '发货剩余时间',
    '剩余时间',
    '剩餘發貨時間',
    '剩餘時間',
    'Time left to ship',
    'Time left',
    'Tiempo restante',
  ],
  status: [
    '订单状态',
    '交易状态',
    '訂單狀態',
    '交易狀態',
    'Order status',
    'Status',
    'Estado del pedido',
    'Estado',
  ],
  amount: [
    '实收金额',
    '实付金额',
    '应收金额',
    '应付金额',
    '订单金额',
    '实付款',
    '实付',
    '实收',
    '實付',
    '实收款',
    '實付金額',
    '實收金額',
    '訂單金額',
    'Order total',
    'Total',
    'Amount',
    'Importe',
    'Total pagado',
  ],
  remark: [
    '买家备注',
    '买家留言',
    '卖家备注',
    '备注',
    '留言',
    '買家備註',
    '買家留言',
    '備註',
    'Buyer note',
    'Remark',
    'Note',
    'Nota del comprador',
    'Nota',
    'Comentario',
  ],
  buyer: [
    '买家昵称',
    '买家',
    '收货人',
    '買家暱稱',
    '買家',
    '收件人',
    'Buyer',
    'Customer',
    'Recipient',
    'Comprador',
    'Cliente',
    'Destinatario',
  ],
};

/** A date followed by one of these words names the date (JD: `2026-08-06 01:22:42 下单，… 付款`). */
export const suffixLabels: [string, Field][] = [
  ['下单', 'orderTime'],
  ['下單', 'orderTime'],
  ['成交', 'orderTime'],
  ['付款', 'payTime'],
  ['支付', 'payTime'],
];

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

/** Words that mark a presale order (deposit / balance). */
export const presaleWords = ['预售', '預售', '定金', '尾款', 'Presale', 'Pre-sale', 'Pre-order', 'Preventa'];

/** Tags the back-offices put on suspected malicious orders (reported within 24 h of ordering on JD). */
export const suspiciousWords = [
  '疑似恶意',
  '恶意订单',
  '恶意下单',
  '风险订单',
  '疑似風險',
  '惡意訂單',
  '風險訂單',
  'Suspicious order',
  'Pedido sospechoso',
];
