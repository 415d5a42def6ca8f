import type { OrderStatus } from './types';

/** Fields a label or a column header can name. */
export type Field = 'id' | 'orderTime' | 'payTime' | 'promise' | 'status' | 'amount' | 'remark' | 'buyer';

/**
 * Label words in the four UI languages (PLATFORMS.md "Label words"); add more as found.
 * Matching is case-insensitive, longest first, so `买家备注` wins over `备注`.
 */
export const labelWords: Record<Field, string[]> = {
  id: ['订单号', '订单编号', '主订单号', '父订单号', '訂單編號', '訂單號', 'Order ID', 'Order No.', 'Order No', 'Order number', 'Order #', 'N.º de pedido', 'Nº de pedido', 'N° de pedido', 'Número de pedido'],
  orderTime: ['下单时间', '订单成交时间', '订单提交时间', '成交时间', '创建时间', '下單時間', '訂單成立時間', '建立時間', 'Order time', 'Order date', 'Ordered at', 'Created at', 'Fecha del pedido', 'Fecha de pedido'],
  payTime: ['付款时间', '支付时间', '付款確認時間', '付款時間', '支付時間', 'Paid at', 'Payment time', 'Payment date', 'Fecha de pago'],
  promise: ['承诺发货时间', '最晚发货时间', '承诺出库时间', '发货截止时间', '承諾發貨時間', '最晚發貨時間', 'Ship by', 'Ship-by', 'Ship before', 'Latest ship time', 'Ship deadline', 'Enviar antes de', 'Fecha límite de envío'],
  status: ['订单状态', '交易状态', '訂單狀態', '交易狀態', 'Order status', 'Status', 'Estado del pedido', 'Estado'],
  amount: ['实收金额', '实付金额', '应收金额', '订单金额', '实付款', '实收款', '實付金額', '實收金額', '訂單金額', 'Order total', 'Total', 'Amount', 'Importe', 'Total pagado'],
  remark: ['买家备注', '买家留言', '卖家备注', '备注', '留言', '買家備註', '買家留言', '備註', 'Buyer note', 'Remark', 'Note', 'Nota del comprador', 'Nota', 'Comentario'],
  buyer: ['买家昵称', '买家', '收货人', '買家暱稱', '買家', '收件人', 'Buyer', 'Customer', 'Recipient', 'Comprador', 'Cliente', 'Destinatario'],
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
  ['待付款', 'unpaid'],
  ['待發貨', 'pending'],
  ['待发货', 'pending'],
  ['待出库', 'pending'],
  ['等待出库', 'pending'],
  ['备货中', 'pending'],
  ['備貨中', 'pending'],
  ['已发货', 'shipped'],
  ['已發貨', 'shipped'],
  ['已出库', 'shipped'],
  ['已取消', 'cancelled'],
  ['交易关闭', 'cancelled'],
  ['交易關閉', 'cancelled'],
  ['退款成功', 'cancelled'],
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
  ['Delivered', 'completed'],
  ['Completed', 'completed'],
  ['Entregado', 'completed'],
  ['Awaiting payment', 'unpaid'],
  ['Pendiente de pago', 'unpaid'],
];

/** Words that mark a presale order (deposit / balance). */
export const presaleWords = ['预售', '預售', '定金', '尾款', 'Presale', 'Pre-sale', 'Pre-order', 'Preventa'];
