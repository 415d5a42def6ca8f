import type { PageKind, PageMatch, Platform } from './types';

interface Detector {
  platform: Platform;
  kind: PageKind;
  test: (url: URL) => boolean;
}

const on = (host: string, url: URL) => url.protocol === 'https:' && url.hostname === host;
const pathStarts = (url: URL, ...prefixes: string[]) => prefixes.some((p) => url.pathname.startsWith(p));

/** Each detector's real addresses (PLATFORMS.md "Pages") are in `page-examples.ts`, tested against all detectors. */
export const detectors: Detector[] = [
  {
    platform: 'jd',
    kind: 'orders',
    test: (u) =>
      (on('shop.jd.com', u) && pathStarts(u, '/jdm/trade/orders/order-list', '/jdm/trade/order/orderList')) ||
      (on('porder.shop.jd.com', u) && pathStarts(u, '/order/orderlist')),
  },
  {
    platform: 'jd',
    kind: 'after-sales',
    test: (u) => on('shop.jd.com', u) && pathStarts(u, '/jdm/trade/after-sale/'),
  },
  {
    platform: 'jd',
    kind: 'warning-center',
    test: (u) => on('shop.jd.com', u) && pathStarts(u, '/jdm/trade/risk/warning-center'),
  },
  {
    platform: 'jd',
    kind: 'chat',
    test: (u) => on('dongdong.jd.com', u),
  },
  {
    platform: 'pdd',
    kind: 'orders',
    test: (u) => on('mms.pinduoduo.com', u) && pathStarts(u, '/orders/list', '/orders/detail'),
  },
  {
    platform: 'pdd',
    kind: 'after-sales',
    test: (u) => on('mms.pinduoduo.com', u) && pathStarts(u, '/aftersales/'),
  },
  {
    platform: 'pdd',
    kind: 'chat',
    test: (u) => on('mms.pinduoduo.com', u) && pathStarts(u, '/chat-merchant/'),
  },
  {
    platform: 'taobao',
    kind: 'orders',
    test: (u) =>
      ((on('myseller.taobao.com', u) || on('qn.taobao.com', u)) &&
        pathStarts(u, '/home.htm/trade-platform/tp/sold')) ||
      (on('trade.taobao.com', u) && pathStarts(u, '/trade/itemlist/list_sold_items.htm')),
  },
  {
    platform: 'taobao',
    kind: 'after-sales',
    test: (u) => on('myseller.taobao.com', u) && pathStarts(u, '/home.htm/trade-platform/refund-list'),
  },
  {
    platform: 'douyin',
    kind: 'orders',
    test: (u) => on('fxg.jinritemai.com', u) && pathStarts(u, '/ffa/morder/order/list'),
  },
  {
    platform: 'douyin',
    kind: 'after-sales',
    test: (u) =>
      on('fxg.jinritemai.com', u) && pathStarts(u, '/ffa/maftersale/', '/ffa/merchant-aftersale-workbench/'),
  },
  {
    platform: 'douyin',
    kind: 'chat',
    test: (u) => on('im.jinritemai.com', u) && pathStarts(u, '/pc_seller_v2/'),
  },
];

const demoPlatforms: Platform[] = ['jd', 'pdd', 'taobao', 'douyin'];

/** Demo builds: `/jd/…` etc. on loopback stand for that platform; chat under `/<platform>/chat`. */
function detectDemo(url: URL): PageMatch | null {
  if (url.protocol !== 'http:' || !['localhost', '127.0.0.1'].includes(url.hostname)) return null;
  const [first = '', second = ''] = url.pathname.split('/').filter(Boolean);
  const platform = demoPlatforms.find((p) => p === first) ?? 'generic';
  const kind: PageKind = second.startsWith('chat')
    ? 'chat'
    : second.startsWith('after')
      ? 'after-sales'
      : second.startsWith('delay')
        ? 'other'
        : 'orders';
  return { platform, kind };
}

export function detectPage(href: string, options: { demo?: boolean } = {}): PageMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const found = detectors.find((d) => d.test(url));
  if (found) return { platform: found.platform, kind: found.kind };
  return options.demo ? detectDemo(url) : null;
}
