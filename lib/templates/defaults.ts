import type { Template } from './types';

/** The starter library, written for this product; seeded on install, restorable, never overwritten once edited. */
export const defaultTemplates: readonly Template[] = [
  {
    id: 'builtin.reminder-in-stock',
    situation: 'reminder-in-stock',
    builtIn: true,
    title: {
      en: 'Reminder: in stock',
      es: 'Recordatorio: en stock',
      zh_CN: '催发货：有货',
      zh_TW: '催出貨：有貨',
    },
    text: {
      zh_CN:
        '亲，您的订单 {orderId} 商品有货，我们会在 {promiseTime} 前发出，发货后会第一时间更新物流单号，请您放心。',
      zh_TW:
        '親，您的訂單 {orderId} 商品有貨，我們會在 {promiseTime} 前寄出，出貨後會第一時間更新物流單號，請您放心。',
      en: 'Hello! The items in order {orderId} are in stock and will ship before {promiseTime}. We will add the tracking number as soon as it ships.',
      es: '¡Hola! Los artículos del pedido {orderId} están en stock y se enviarán antes de {promiseTime}. Añadiremos el número de seguimiento en cuanto salga.',
    },
  },
  {
    id: 'builtin.reminder-late',
    situation: 'reminder-late',
    builtIn: true,
    title: {
      en: 'Late: apology and new time',
      es: 'Retraso: disculpa y nueva hora',
      zh_CN: '延迟：致歉并告知新时间',
      zh_TW: '延遲：致歉並告知新時間',
    },
    text: {
      zh_CN:
        '亲，非常抱歉，您的订单 {orderId} 因{reason}未能按时发出。我们会在 {promiseTime} 前发货；如您不想等待，可以申请退款，我们会尽快处理。',
      zh_TW:
        '親，非常抱歉，您的訂單 {orderId} 因{reason}未能準時寄出。我們會在 {promiseTime} 前出貨；如您不想等待，可以申請退款，我們會儘快處理。',
      en: 'We are very sorry: order {orderId} could not ship on time because of {reason}. It will ship before {promiseTime}. If you prefer not to wait, you can request a refund and we will process it promptly.',
      es: 'Lo sentimos mucho: el pedido {orderId} no pudo enviarse a tiempo por {reason}. Saldrá antes de {promiseTime}. Si prefiere no esperar, puede solicitar el reembolso y lo tramitaremos enseguida.',
    },
  },
  {
    id: 'builtin.reminder-shipped-no-tracking',
    situation: 'reminder-shipped-no-tracking',
    builtIn: true,
    title: {
      en: 'Shipped: tracking number',
      es: 'Enviado: número de seguimiento',
      zh_CN: '已发货：物流单号',
      zh_TW: '已出貨：物流單號',
    },
    text: {
      zh_CN:
        '亲，您的订单 {orderId} 已经发出，快递：{carrier}，单号：{trackingNo}。物流信息可能稍有延迟，请耐心等待更新。',
      zh_TW:
        '親，您的訂單 {orderId} 已經寄出，快遞：{carrier}，單號：{trackingNo}。物流資訊可能稍有延遲，請耐心等待更新。',
      en: 'Order {orderId} has shipped with {carrier}, tracking number {trackingNo}. Tracking updates can take a few hours to appear.',
      es: 'El pedido {orderId} se ha enviado con {carrier}, número de seguimiento {trackingNo}. El seguimiento puede tardar unas horas en actualizarse.',
    },
  },
  {
    id: 'builtin.out-of-stock',
    situation: 'out-of-stock',
    builtIn: true,
    title: {
      en: 'Out of stock: refund',
      es: 'Sin stock: reembolso',
      zh_CN: '缺货：退款',
      zh_TW: '缺貨：退款',
    },
    text: {
      zh_CN:
        '亲，非常抱歉，您订单 {orderId} 中的商品暂时缺货，无法按时发出。建议您申请取消订单，我们会在 48 小时内为您退款。给您添麻烦了。',
      zh_TW:
        '親，非常抱歉，您訂單 {orderId} 中的商品暫時缺貨，無法準時寄出。建議您申請取消訂單，我們會在 48 小時內為您退款。造成不便，敬請見諒。',
      en: 'We are very sorry: the items in order {orderId} are out of stock and cannot ship on time. Please request a cancellation and we will refund you within 48 hours.',
      es: 'Lo sentimos mucho: los artículos del pedido {orderId} están agotados y no pueden enviarse a tiempo. Solicite la cancelación y le reembolsaremos en 48 horas.',
    },
  },
];
