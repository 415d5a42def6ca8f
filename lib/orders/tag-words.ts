/** Words that tag an order: a presale one, a suspected malicious one. */

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
