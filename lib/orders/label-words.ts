/**
 * The words that name a field: label words beside a value (`订单号：…`), column headers, and the words after a
 * date that say which date it is. Statuses are in status-words.ts, order tags in tag-words.ts.
 */

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
