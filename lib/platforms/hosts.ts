import type { Platform } from './types';

/** The platforms' seller hosts (PLATFORMS.md "Pages"): the only hosts a production build asks for. */
export const sellerHosts: Record<Exclude<Platform, 'generic'>, string[]> = {
  jd: ['https://shop.jd.com/*', 'https://porder.shop.jd.com/*', 'https://dongdong.jd.com/*'],
  pdd: ['https://mms.pinduoduo.com/*'],
  taobao: ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*', 'https://trade.taobao.com/*'],
  douyin: ['https://fxg.jinritemai.com/*', 'https://im.jinritemai.com/*'],
};

export const contentScriptHosts: string[] = Object.values(sellerHosts).flat();

/** Added to every content script by `--mode demo` builds only (any port: match patterns ignore it). */
export const demoHosts: string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The platform whose seller host serves this address (any path), or null. */
export function platformOfHost(href: string): Exclude<Platform, 'generic'> | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  for (const [platform, patterns] of Object.entries(sellerHosts) as [
    Exclude<Platform, 'generic'>,
    string[],
  ][]) {
    if (patterns.some((p) => new URL(p.replace('/*', '/')).hostname === url.hostname)) return platform;
  }
  return null;
}
