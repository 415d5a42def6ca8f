export const demoNav = [
  ['/jd/orders', '京东 · 订单管理'],
  ['/jd/delay-report', '京东 · 延迟发货报备'],
  ['/pdd/orders', '拼多多 · 订单查询'],
  ['/pdd/chat', '拼多多 · 商家客服'],
  ['/pdd/aftersales', '拼多多 · 售后工作台'],
  ['/taobao/orders', '千牛 · 已卖出的宝贝'],
  ['/douyin/orders', '抖店 · 订单管理'],
  ['/generic/orders', 'Other shop · Orders'],
];
