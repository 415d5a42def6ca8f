import type { PageKind, Platform } from './types';

/**
 * Real addresses each page detector of `pages.ts` must match (PLATFORMS.md "Pages"), by platform and page kind.
 * Tested against every detector; kept apart so that the content scripts do not carry them to every page.
 */
export const pageExamples: Partial<Record<`${Platform} ${PageKind}`, string[]>> = {
  'jd orders': [
    'https://shop.jd.com/jdm/trade/orders/order-list?tabType=waitOut',
    'https://shop.jd.com/jdm/trade/order/orderList',
    'https://porder.shop.jd.com/order/orderlist/allOrders',
    'https://porder.shop.jd.com/order/orderlist/waitInnerShip',
  ],
  'jd after-sales': ['https://shop.jd.com/jdm/trade/after-sale/list'],
  'jd warning-center': ['https://shop.jd.com/jdm/trade/risk/warning-center'],
  'jd chat': ['https://dongdong.jd.com/workbench/', 'https://dongdong.jd.com/'],
  'pdd orders': [
    'https://mms.pinduoduo.com/orders/list',
    'https://mms.pinduoduo.com/orders/detail?sn=260923-063795392132914',
  ],
  'pdd after-sales': ['https://mms.pinduoduo.com/aftersales/aftersale_list'],
  'pdd chat': ['https://mms.pinduoduo.com/chat-merchant/index.html#/'],
  'taobao orders': [
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://qn.taobao.com/home.htm/trade-platform/tp/sold?tab=waitSend',
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction',
  ],
  'taobao after-sales': ['https://myseller.taobao.com/home.htm/trade-platform/refund-list'],
  'douyin orders': ['https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up'],
  'douyin after-sales': [
    'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list',
    'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/index',
  ],
  'douyin chat': ['https://im.jinritemai.com/pc_seller_v2/main/workspace'],
};
