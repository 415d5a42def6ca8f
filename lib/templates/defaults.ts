import { platformTemplates } from './defaults-platform';
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
    // No platform source for Taobao, Douyin or other sites: apologise and refund on request, no number promised.
    id: 'builtin.out-of-stock-general',
    situation: 'out-of-stock',
    builtIn: true,
    title: {
      en: 'Out of stock: apology and refund',
      es: 'Sin stock: disculpa y reembolso',
      zh_CN: '缺货：致歉并退款',
      zh_TW: '缺貨：致歉並退款',
    },
    text: {
      zh_CN:
        '亲，非常抱歉，您订单 {orderId} 中的商品暂时缺货，无法按时发出。给您添麻烦了，您可以申请退款，我们会尽快为您处理。',
      zh_TW:
        '親，非常抱歉，您訂單 {orderId} 中的商品暫時缺貨，無法準時寄出。造成不便，敬請見諒，您可以申請退款，我們會儘快為您處理。',
      en: 'We are very sorry: the items in order {orderId} are out of stock and cannot ship on time. You can request a refund and we will process it promptly.',
      es: 'Lo sentimos mucho: los artículos del pedido {orderId} están agotados y no pueden enviarse a tiempo. Puede solicitar el reembolso y lo tramitaremos enseguida.',
    },
  },
  {
    id: 'builtin.reminder-shipped-no-tracking-pending',
    situation: 'reminder-shipped-no-tracking',
    builtIn: true,
    title: {
      en: 'Reminder: packed, tracking pending',
      es: 'Recordatorio: embalado, seguimiento pendiente',
      zh_CN: '催发货：已打包待揽收',
      zh_TW: '催出貨：已打包待攬收',
    },
    text: {
      en: 'Hello! Order {orderId} is packed and with the courier. The tracking number will appear by {promiseTime}, and you can follow the parcel from then on.',
      es: '¡Hola! El pedido {orderId} ya está embalado y en manos del transportista. El número de seguimiento aparecerá antes de {promiseTime} y desde entonces podrá seguir el envío.',
      zh_CN:
        '亲，您的订单 {orderId} 已经打包好交给快递了，物流单号会在 {promiseTime} 前更新，届时就能查看物流信息，请您耐心等待。',
      zh_TW:
        '親，您的訂單 {orderId} 已經打包好交給快遞了，物流單號會在 {promiseTime} 前更新，屆時就能查看物流資訊，請您耐心等候。',
    },
  },
  {
    // Checked against jd-shipping-faq.zh.txt Q3: the order ships by the agreed time (约定发货时间); nothing in it
    // contradicts a platform. JD's own duties (phone call, double deposit) are in builtin.presale-jd.
    id: 'builtin.presale',
    situation: 'presale',
    builtIn: true,
    title: {
      en: 'Presale: agreed ship time',
      es: 'Preventa: fecha de envío acordada',
      zh_CN: '预售：约定发货时间',
      zh_TW: '預售：約定出貨時間',
    },
    text: {
      en: 'Thank you for your presale order! Order {orderId} will ship by the agreed time, {promiseTime}, and we will add the tracking number as soon as it ships.',
      es: '¡Gracias por su pedido en preventa! El pedido {orderId} se enviará en la fecha acordada, antes de {promiseTime}, y añadiremos el número de seguimiento en cuanto salga.',
      zh_CN:
        '亲，感谢您支持预售！您的订单 {orderId} 会按约定在 {promiseTime} 前发出，发货后会第一时间更新物流单号。',
      zh_TW:
        '親，感謝您支持預購！您的訂單 {orderId} 會按約定在 {promiseTime} 前出貨，出貨後會第一時間更新物流單號。',
    },
  },
  {
    id: 'builtin.notice-received',
    situation: 'notice-received',
    builtIn: true,
    title: { en: 'Order received', es: 'Pedido recibido', zh_CN: '已接单通知', zh_TW: '已接單通知' },
    text: {
      en: 'Thank you for your order {orderId}! We expect to ship it by {promiseTime} and will send you the tracking number once it is on its way.',
      es: '¡Gracias por su pedido {orderId}! Prevemos enviarlo antes de {promiseTime} y le enviaremos el número de seguimiento en cuanto salga.',
      zh_CN:
        '亲，您的订单 {orderId} 我们已收到，预计在 {promiseTime} 前发货，发货后会告诉您物流单号。感谢您的支持！',
      zh_TW:
        '親，您的訂單 {orderId} 我們已收到，預計在 {promiseTime} 前出貨，出貨後會告訴您物流單號。感謝您的支持！',
    },
  },
  {
    id: 'builtin.notice-shipped',
    situation: 'notice-shipped',
    builtIn: true,
    title: {
      en: 'Shipped: carrier and tracking',
      es: 'Enviado: transportista y seguimiento',
      zh_CN: '发货通知：快递和单号',
      zh_TW: '出貨通知：快遞和單號',
    },
    text: {
      en: 'Good news: order {orderId} has shipped with {carrier}, tracking number {trackingNo}.',
      es: 'Buenas noticias: el pedido {orderId} se ha enviado con {carrier}, número de seguimiento {trackingNo}.',
      zh_CN: '亲，您的订单 {orderId} 已发货，快递：{carrier}，单号：{trackingNo}，请留意查收。',
      zh_TW: '親，您的訂單 {orderId} 已出貨，快遞：{carrier}，單號：{trackingNo}，請留意查收。',
    },
  },
  {
    id: 'builtin.notice-delay',
    situation: 'notice-delay',
    builtIn: true,
    title: {
      en: 'Delay notice with new time',
      es: 'Aviso de retraso con nueva hora',
      zh_CN: '延迟发货通知',
      zh_TW: '延遲出貨通知',
    },
    text: {
      en: 'We are sorry: because of {reason}, order {orderId} will ship later than planned, by {promiseTime}. If you would rather not wait, you can request a refund and we will process it promptly.',
      es: 'Lo sentimos: por {reason}, el pedido {orderId} saldrá más tarde de lo previsto, antes de {promiseTime}. Si prefiere no esperar, puede solicitar el reembolso y lo tramitaremos enseguida.',
      zh_CN:
        '亲，非常抱歉，由于{reason}，您的订单 {orderId} 需要延迟发货，新的发货时间是 {promiseTime} 前。如您不想等待，可以申请退款，我们会尽快处理。',
      zh_TW:
        '親，非常抱歉，由於{reason}，您的訂單 {orderId} 需要延遲出貨，新的出貨時間是 {promiseTime} 前。如您不想等待，可以申請退款，我們會儘快處理。',
    },
  },
  {
    id: 'builtin.refund',
    situation: 'refund',
    builtIn: true,
    title: {
      en: 'Refund request received',
      es: 'Solicitud de reembolso recibida',
      zh_CN: '退款申请已收到',
      zh_TW: '退款申請已收到',
    },
    text: {
      en: 'We have received your refund request for order {orderId} and will process it promptly. The money goes back to your original payment method.',
      es: 'Hemos recibido su solicitud de reembolso del pedido {orderId} y la tramitaremos enseguida. El importe volverá a su método de pago original.',
      zh_CN: '亲，您订单 {orderId} 的退款申请我们已收到，会尽快为您处理，退款将按原路返回，请留意查收。',
      zh_TW: '親，您訂單 {orderId} 的退款申請我們已收到，會儘快為您處理，退款將原路退回，請留意查收。',
    },
  },
  {
    id: 'builtin.refund-cancel',
    situation: 'refund',
    builtIn: true,
    title: {
      en: 'Cancel before shipping',
      es: 'Cancelar antes del envío',
      zh_CN: '未发货取消订单',
      zh_TW: '未出貨取消訂單',
    },
    text: {
      en: 'Order {orderId} has not shipped yet, so you can request a cancellation directly. We will accept it and refund you promptly.',
      es: 'El pedido {orderId} aún no se ha enviado, así que puede solicitar la cancelación directamente. La aceptaremos y le reembolsaremos enseguida.',
      zh_CN: '亲，您的订单 {orderId} 还没有发货，可以直接申请取消，我们同意后会尽快退款。',
      zh_TW: '親，您的訂單 {orderId} 還沒有出貨，可以直接申請取消，我們同意後會儘快退款。',
    },
  },
  {
    id: 'builtin.after-sales-return',
    situation: 'after-sales',
    builtIn: true,
    title: {
      en: 'After-sales: return',
      es: 'Posventa: devolución',
      zh_CN: '售后：退货',
      zh_TW: '售後：退貨',
    },
    text: {
      en: 'Your return for order {orderId} is accepted. Please enter the return tracking number on the request page; we will refund you as soon as the item arrives.',
      es: 'Su devolución del pedido {orderId} está aceptada. Indique el número de seguimiento de la devolución en la página de la solicitud; le reembolsaremos en cuanto recibamos el artículo.',
      zh_CN:
        '亲，您订单 {orderId} 的退货申请已同意，请在申请页面填写寄回的快递单号，我们收到商品后会尽快退款。',
      zh_TW:
        '親，您訂單 {orderId} 的退貨申請已同意，請在申請頁面填寫寄回的快遞單號，我們收到商品後會儘快退款。',
    },
  },
  {
    id: 'builtin.after-sales-exchange',
    situation: 'after-sales',
    builtIn: true,
    title: { en: 'After-sales: exchange', es: 'Posventa: cambio', zh_CN: '售后：换货', zh_TW: '售後：換貨' },
    text: {
      en: 'Your exchange for order {orderId} is accepted. Please send the item back and enter the tracking number on the request page; we will ship the replacement as soon as it arrives.',
      es: 'Su cambio del pedido {orderId} está aceptado. Envíenos el artículo e indique el número de seguimiento en la página de la solicitud; enviaremos el nuevo en cuanto lo recibamos.',
      zh_CN:
        '亲，您订单 {orderId} 的换货申请已同意，请把商品寄回并在申请页面填写快递单号，我们收到后会尽快发出新的商品。',
      zh_TW:
        '親，您訂單 {orderId} 的換貨申請已同意，請把商品寄回並在申請頁面填寫快遞單號，我們收到後會儘快寄出新的商品。',
    },
  },
  {
    id: 'builtin.after-sales-repair',
    situation: 'after-sales',
    builtIn: true,
    title: {
      en: 'After-sales: repair',
      es: 'Posventa: reparación',
      zh_CN: '售后：维修',
      zh_TW: '售後：維修',
    },
    text: {
      en: 'We have your repair request for order {orderId}. Please send the item back and enter the tracking number on the request page; we will return it to you once it is repaired.',
      es: 'Hemos recibido su solicitud de reparación del pedido {orderId}. Envíenos el artículo e indique el número de seguimiento en la página de la solicitud; se lo devolveremos una vez reparado.',
      zh_CN:
        '亲，您订单 {orderId} 的维修申请已收到，请把商品寄回并在申请页面填写快递单号，维修好后我们会寄回给您。',
      zh_TW:
        '親，您訂單 {orderId} 的維修申請已收到，請把商品寄回並在申請頁面填寫快遞單號，維修好後我們會寄回給您。',
    },
  },
  {
    id: 'builtin.after-sales-reissue',
    situation: 'after-sales',
    builtIn: true,
    title: { en: 'After-sales: reissue', es: 'Posventa: reenvío', zh_CN: '售后：补发', zh_TW: '售後：補寄' },
    text: {
      en: 'We are sorry for the trouble. We will send the missing items of order {orderId} again and let you know the carrier and tracking number once they ship.',
      es: 'Sentimos las molestias. Volveremos a enviar los artículos que faltan del pedido {orderId} y le indicaremos el transportista y el número de seguimiento cuando salgan.',
      zh_CN: '亲，非常抱歉给您带来不便，订单 {orderId} 缺少的商品我们会为您补发，补发后会告诉您快递和单号。',
      zh_TW: '親，非常抱歉造成您的不便，訂單 {orderId} 缺少的商品我們會為您補寄，補寄後會告訴您快遞和單號。',
    },
  },
  // Platform advice (defaults-platform.ts): after the general replies, so the first of a situation is general.
  ...platformTemplates,
];
