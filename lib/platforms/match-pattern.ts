import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * A merchant's own site as a browser match pattern (`https://*.example.com/orders/*`,
 * `*://erp.example.com/*`), parsed by WXT's `MatchPattern`. Only web pages: http, https or both (`*`),
 * with a host; `<all_urls>`, file:// and ftp:// are refused (a site is an order system, never everything).
 */
const WEB_PAGES = /^(\*|https?):\/\/[^/]+\//;

function sitePattern(pattern: string): MatchPattern | null {
  if (!WEB_PAGES.test(pattern)) return null;
  try {
    return new MatchPattern(pattern);
  } catch {
    return null;
  }
}

export const isValidPattern = (pattern: string): boolean => sitePattern(pattern) !== null;

/** Does the page at `href` belong to the site? (Paths match without the query, as `MatchPattern` reads them.) */
export function matchesPattern(pattern: string, href: string): boolean {
  try {
    return sitePattern(pattern)?.includes(href) ?? false;
  } catch {
    // Not a URL at all.
    return false;
  }
}
