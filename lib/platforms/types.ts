export type Platform = 'jd' | 'pdd' | 'taobao' | 'douyin' | 'generic';

export const platforms: readonly Platform[] = ['jd', 'pdd', 'taobao', 'douyin', 'generic'];

/** What a page is for, decided from its URL alone. */
export type PageKind = 'orders' | 'after-sales' | 'chat' | 'warning-center' | 'other';

export interface PageMatch {
  platform: Platform;
  kind: PageKind;
}

/** How sure we are of a default (PLATFORMS.md): merchant FAQ, live-page code, secondary page, nobody. */
export type Confidence = 'faq' | 'code' | 'weak' | 'unverified';
