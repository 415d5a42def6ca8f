import type { Template } from './types';

/**
 * Platform advice, each template written from that platform's own help text (docs/sources/): offered on the
 * platforms it names only, after the general replies of the same situation (defaults.ts puts them last).
 */
export const platformTemplates: readonly Template[] = [
  {
    // jd-reminder-replies.en.txt: "if the goods are not available, they will call the customer to apologize,
    // advise the customer to cancel the order and refund the customer within 48 hours" (JD's advice only).
    id: 'builtin.out-of-stock',
    situation: 'out-of-stock',
    platforms: ['jd'],
    builtIn: true,
    title: {
      en: 'Out of stock: cancel, refund within 48 h (JD)',
      es: 'Sin stock: cancelar, reembolso en 48 h (JD)',
      zh_CN: '缺货：建议取消，48 小时内退款（京东）',
      zh_TW: '缺貨：建議取消，48 小時內退款（京東）',
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
  {
    // pdd-reminder-service-process.zh_TW.txt 2.2 店鋪無發貨能力（缺貨）: 需向消費者致歉並說明原因，及時通過退款申請/主動為消費者
    // 發起退款申請. 參考話術: 親，實在非常抱歉，因為XXXXX（解釋實際原因）……我們將立刻為您辦理退款.
    id: 'builtin.pdd.out-of-stock',
    situation: 'out-of-stock',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Out of stock: apologise, refund at once (PDD)',
      es: 'Sin stock: disculpa, reembolso inmediato (PDD)',
      zh_CN: '缺货：致歉并立即退款（拼多多）',
      zh_TW: '缺貨：致歉並立即退款（拼多多）',
    },
    text: {
      zh_CN:
        '亲，实在非常抱歉，因为{reason}，您订单 {orderId} 的商品无法发货。给亲带来了极大的不便，我们致以最诚挚的歉意。我们将立刻为您办理退款，再次向您致歉，希望亲亲可以谅解。',
      zh_TW:
        '親，實在非常抱歉，因為{reason}，您訂單 {orderId} 的商品無法出貨。給親帶來了極大的不便，我們致以最誠摯的歉意。我們將立刻為您辦理退款，再次向您致歉，希望親親可以諒解。',
      en: 'We are truly sorry: because of {reason}, the items in order {orderId} cannot ship. Please accept our sincere apologies for the trouble. We are refunding you right away. Sorry again, and thank you for understanding.',
      es: 'Lo sentimos de verdad: por {reason}, los artículos del pedido {orderId} no pueden enviarse. Le pedimos sinceras disculpas por las molestias. Le reembolsamos ahora mismo. Disculpe de nuevo, y gracias por su comprensión.',
    },
  },
  {
    // The same 參考話術 with its optional coupon: 也送您一張優惠券，您可以考慮下我們店鋪的其他商品 (the amount is the merchant's).
    id: 'builtin.pdd.out-of-stock-coupon',
    situation: 'out-of-stock',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Out of stock: refund at once and a coupon (PDD)',
      es: 'Sin stock: reembolso inmediato y cupón (PDD)',
      zh_CN: '缺货：立即退款并送优惠券（拼多多）',
      zh_TW: '缺貨：立即退款並送優惠券（拼多多）',
    },
    text: {
      zh_CN:
        '亲，实在非常抱歉，因为{reason}，您订单 {orderId} 的商品无法发货。给亲带来了极大的不便，我们致以最诚挚的歉意。我们将立刻为您办理退款，也送您一张 {couponAmount} 元优惠券，您可以考虑下我们店铺的其他商品，再次向您致歉，希望亲亲可以谅解。',
      zh_TW:
        '親，實在非常抱歉，因為{reason}，您訂單 {orderId} 的商品無法出貨。給親帶來了極大的不便，我們致以最誠摯的歉意。我們將立刻為您辦理退款，也送您一張 {couponAmount} 元優惠券，您可以考慮下我們店鋪的其他商品，再次向您致歉，希望親親可以諒解。',
      en: 'We are truly sorry: because of {reason}, the items in order {orderId} cannot ship. Please accept our sincere apologies for the trouble. We are refunding you right away and sending you a ¥{couponAmount} coupon, should something else in our store suit you. Sorry again, and thank you for understanding.',
      es: 'Lo sentimos de verdad: por {reason}, los artículos del pedido {orderId} no pueden enviarse. Le pedimos sinceras disculpas por las molestias. Le reembolsamos ahora mismo y le enviamos un cupón de {couponAmount} ¥, por si le interesa otro artículo de nuestra tienda. Disculpe de nuevo, y gracias por su comprensión.',
    },
  },
  {
    // pdd 2.1.2 已超出承諾發貨時間（延遲發貨）: 需向消費者致歉並協商具體發貨時間，承諾發貨時間需精確至小時. 參考話術 with its
    // coupon: 如果親可以等待，發貨後我們將送上X元優惠券……如果親不能接受，可以申請退款，我們將馬上處理。
    id: 'builtin.pdd.reminder-late',
    situation: 'reminder-late',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Late: apology, new hour, coupon or refund (PDD)',
      es: 'Retraso: disculpa, nueva hora, cupón o reembolso (PDD)',
      zh_CN: '延迟：致歉、承诺时间、优惠券或退款（拼多多）',
      zh_TW: '延遲：致歉、承諾時間、優惠券或退款（拼多多）',
    },
    text: {
      zh_CN:
        '亲，很抱歉，店铺因为{reason}，影响发货。给亲带来了极大的不便，我们致以最诚挚的歉意，现在店铺已经加班加点处理，承诺在 {promiseTime} 前发货。如果亲可以等待，发货后我们将送上 {couponAmount} 元优惠券，以此表达我们的歉意。如果亲不能接受，可以申请退款，我们将马上处理。',
      zh_TW:
        '親，很抱歉，店鋪因為{reason}，影響出貨。給親帶來了極大的不便，我們致以最誠摯的歉意，現在店鋪已經加班加點處理，承諾在 {promiseTime} 前出貨。如果親可以等待，出貨後我們將送上 {couponAmount} 元優惠券，以此表達我們的歉意。如果親不能接受，可以申請退款，我們將馬上處理。',
      en: 'We are sorry: because of {reason}, your order could not ship on time. We apologise sincerely for the trouble; we are working overtime on it and promise to ship before {promiseTime}. If you can wait, we will send you a ¥{couponAmount} coupon once it ships, as our apology. If not, you can request a refund and we will process it at once.',
      es: 'Lo sentimos: por {reason}, su pedido no pudo enviarse a tiempo. Le pedimos sinceras disculpas; estamos trabajando horas extra y nos comprometemos a enviarlo antes de {promiseTime}. Si puede esperar, al enviarlo le mandaremos un cupón de {couponAmount} ¥ como disculpa. Si no, puede solicitar el reembolso y lo tramitaremos de inmediato.',
    },
  },
  {
    // pdd 步驟四 異常問題及時處理: 消息需包括延時時間、預計發貨時間等，告知消息後如果消費者反饋希望退款，需立即退款 (no coupon).
    id: 'builtin.pdd.notice-delay',
    situation: 'notice-delay',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Delay notice: new hour, refund at once if wanted (PDD)',
      es: 'Aviso de retraso: nueva hora, reembolso inmediato si lo desea (PDD)',
      zh_CN: '延迟通知：承诺时间，需要即退款（拼多多）',
      zh_TW: '延遲通知：承諾時間，需要即退款（拼多多）',
    },
    text: {
      zh_CN:
        '亲，很抱歉，店铺因为{reason}，影响发货。给亲带来了极大的不便，我们致以最诚挚的歉意，现在店铺已经加班加点处理，承诺在 {promiseTime} 前发货。如果亲不能接受，可以申请退款，我们将马上处理。',
      zh_TW:
        '親，很抱歉，店鋪因為{reason}，影響出貨。給親帶來了極大的不便，我們致以最誠摯的歉意，現在店鋪已經加班加點處理，承諾在 {promiseTime} 前出貨。如果親不能接受，可以申請退款，我們將馬上處理。',
      en: 'We are sorry: because of {reason}, your order is delayed. We apologise sincerely for the trouble; we are working overtime on it and promise to ship before {promiseTime}. If that does not suit you, you can request a refund and we will process it at once.',
      es: 'Lo sentimos: por {reason}, su pedido se retrasa. Le pedimos sinceras disculpas; estamos trabajando horas extra y nos comprometemos a enviarlo antes de {promiseTime}. Si no le conviene, puede solicitar el reembolso y lo tramitaremos de inmediato.',
    },
  },
  {
    // jd-shipping-faq.zh.txt Q3 預售: 在客户支付尾款后，需在约定发货时间的24小时内电话联系消费者……无法调货的，需明确征得消费者
    // 同意，并与24小时内提交删单申请，您应双倍返还消费者已支付的定金. The phone call is JD's requirement, not off-platform contact.
    id: 'builtin.presale-jd',
    situation: 'presale',
    platforms: ['jd'],
    builtIn: true,
    title: {
      en: 'Presale: agreed time, call within 24 h, double deposit (JD)',
      es: 'Preventa: fecha acordada, llamada en 24 h, doble depósito (JD)',
      zh_CN: '预售：约定时间、24 小时内电话、双倍定金（京东）',
      zh_TW: '預售：約定時間、24 小時內電話、雙倍訂金（京東）',
    },
    text: {
      zh_CN:
        '亲，感谢您支持预售！您的订单 {orderId} 约定在 {promiseTime} 前发货，我们会在约定发货时间的 24 小时内给您打电话确认到货时间。如商品无法调货，经您同意取消订单后，我们会双倍返还您已支付的定金。',
      zh_TW:
        '親，感謝您支持預購！您的訂單 {orderId} 約定在 {promiseTime} 前出貨，我們會在約定出貨時間的 24 小時內打電話與您確認到貨時間。如商品無法調貨，經您同意取消訂單後，我們會雙倍退還您已支付的訂金。',
      en: 'Thank you for your presale order! Order {orderId} is agreed to ship by {promiseTime}. Within 24 hours of that time we will phone you to confirm when the item arrives. If it cannot be sourced and you agree to cancel, we will pay back double the deposit you paid.',
      es: '¡Gracias por su pedido en preventa! El envío del pedido {orderId} está acordado antes de {promiseTime}. Dentro de las 24 horas de esa hora le llamaremos por teléfono para confirmarle cuándo llega el artículo. Si no podemos conseguirlo y usted acepta cancelar, le devolveremos el doble del depósito pagado.',
    },
  },
  {
    // pdd (1)1 線下實際已發貨，未在線上填寫物流單號. 參考話術: 親親，不要著急……您的寶貝已經發貨了，快遞單號為*****。
    // 物流公司一般在攬件後的24小時內會更新物流信息，請先耐心等待。後續如果還沒有消息，可以隨時來聯繫我們哦。
    id: 'builtin.pdd.shipped-no-tracking',
    situation: 'reminder-shipped-no-tracking',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Shipped, no tracking yet: appears within 24 h (PDD)',
      es: 'Enviado sin seguimiento: aparece en 24 h (PDD)',
      zh_CN: '已发货无物流：24 小时内更新（拼多多）',
      zh_TW: '已出貨無物流：24 小時內更新（拼多多）',
    },
    text: {
      zh_CN:
        '亲亲，不要着急，这边为您查了一下，您的宝贝已经发货了，快递单号为 {trackingNo}。物流公司一般在揽件后的24小时内会更新物流信息，请先耐心等待。后续如果还没有消息，可以随时来联系我们哦。',
      zh_TW:
        '親親，不要著急，這邊為您查了一下，您的寶貝已經出貨了，快遞單號為 {trackingNo}。物流公司一般在攬件後的24小時內會更新物流資訊，請先耐心等待。後續如果還沒有消息，可以隨時來聯繫我們哦。',
      en: 'No worries, we checked for you: your item has shipped, tracking number {trackingNo}. Carriers usually update the tracking within 24 hours of pickup, so please bear with us. If there is still no news after that, contact us any time.',
      es: 'No se preocupe, lo hemos comprobado: su artículo ya se ha enviado, número de seguimiento {trackingNo}. Las empresas de transporte suelen actualizar el seguimiento en las 24 horas siguientes a la recogida; tenga un poco de paciencia. Si después sigue sin noticias, escríbanos cuando quiera.',
    },
  },
  {
    // pdd (1)1: 若買家已經申請退款，告知買家撤銷退款申請.
    id: 'builtin.pdd.shipped-withdraw-refund',
    situation: 'reminder-shipped-no-tracking',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Shipped, no tracking yet: please withdraw the refund request (PDD)',
      es: 'Enviado sin seguimiento: retire la solicitud de reembolso (PDD)',
      zh_CN: '已发货无物流：请撤销退款申请（拼多多）',
      zh_TW: '已出貨無物流：請撤銷退款申請（拼多多）',
    },
    text: {
      zh_CN:
        '亲亲，您的宝贝已经发货了，快递单号为 {trackingNo}，物流公司一般在揽件后的24小时内会更新物流信息。麻烦您先撤销退款申请，耐心等待宝贝送达哦。',
      zh_TW:
        '親親，您的寶貝已經出貨了，快遞單號為 {trackingNo}，物流公司一般在攬件後的24小時內會更新物流資訊。麻煩您先撤銷退款申請，耐心等待寶貝送達哦。',
      en: 'Your item has already shipped, tracking number {trackingNo}; carriers usually update the tracking within 24 hours of pickup. Could you please withdraw your refund request and wait for the parcel?',
      es: 'Su artículo ya se ha enviado, número de seguimiento {trackingNo}; las empresas de transporte suelen actualizar el seguimiento en las 24 horas siguientes a la recogida. ¿Podría retirar su solicitud de reembolso y esperar el paquete?',
    },
  },
  {
    // pdd (2)1 消費者要求退款: 若線下實際已發貨，未在線上填寫物流單號，請及時同意其退款申請，並線下召回貨物 (no 參考話術 here).
    id: 'builtin.pdd.shipped-refund-recall',
    situation: 'reminder-shipped-no-tracking',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Shipped, no tracking yet: refund agreed, parcel recalled (PDD)',
      es: 'Enviado sin seguimiento: reembolso aceptado, paquete retirado (PDD)',
      zh_CN: '已发货无物流：同意退款并召回包裹（拼多多）',
      zh_TW: '已出貨無物流：同意退款並召回包裹（拼多多）',
    },
    text: {
      zh_CN:
        '亲亲，给您造成不便，我们深感歉意。您的退款申请我们已同意，已发出的包裹我们会联系快递召回，请您放心。',
      zh_TW:
        '親親，給您造成不便，我們深感歉意。您的退款申請我們已同意，已寄出的包裹我們會聯繫快遞召回，請您放心。',
      en: 'We are sorry for the trouble. We have agreed to your refund request and will have the carrier bring back the parcel that left, so you need not worry.',
      es: 'Sentimos las molestias. Hemos aceptado su solicitud de reembolso y pediremos a la empresa de transporte que retire el paquete enviado; no se preocupe.',
    },
  },
  {
    // pdd 步驟三 打單後自動提醒. 參考話術: 親，您的商品已於XX時間從XX地點由XX快遞發出，快遞單號為*****，您可通過平台物流記錄或
    // 快遞官網查詢相關信息。
    id: 'builtin.pdd.notice-shipped',
    situation: 'notice-shipped',
    platforms: ['pdd'],
    builtIn: true,
    title: {
      en: 'Printed: time, place, carrier, number (PDD)',
      es: 'Etiqueta impresa: hora, lugar, transportista, número (PDD)',
      zh_CN: '打单后：时间、地点、快递、单号（拼多多）',
      zh_TW: '打單後：時間、地點、快遞、單號（拼多多）',
    },
    text: {
      zh_CN:
        '亲，您的商品已于 {shipTime} 从{shipFrom}由{carrier}发出，快递单号为 {trackingNo}，您可通过平台物流记录或快递官网查询相关信息。',
      zh_TW:
        '親，您的商品已於 {shipTime} 從{shipFrom}由{carrier}寄出，快遞單號為 {trackingNo}，您可透過平台物流記錄或快遞官網查詢相關資訊。',
      en: 'Your item left {shipFrom} at {shipTime} with {carrier}, tracking number {trackingNo}. You can follow it in the platform’s tracking record or on the carrier’s website.',
      es: 'Su artículo salió de {shipFrom} el {shipTime} con {carrier}, número de seguimiento {trackingNo}. Puede seguirlo en el registro de envíos de la plataforma o en la web del transportista.',
    },
  },
];
