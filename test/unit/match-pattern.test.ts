import { describe, expect, it } from 'vitest';
import { isValidPattern, matchesPattern } from '../../lib/platforms/match-pattern';

describe('match patterns for user-added sites', () => {
  it('matches scheme, host (with subdomain wildcard) and path', () => {
    expect(
      matchesPattern('https://erp.example.com/orders/*', 'https://erp.example.com/orders/list?page=2'),
    ).toBe(true);
    expect(matchesPattern('https://erp.example.com/orders/*', 'https://erp.example.com/products')).toBe(
      false,
    );
    expect(matchesPattern('https://*.example.com/*', 'https://a.b.example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://example.com/')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://evilexample.com/')).toBe(false);
    expect(matchesPattern('*://erp.example.com/*', 'http://erp.example.com/a')).toBe(true);
    expect(matchesPattern('http://erp.example.com/*', 'https://erp.example.com/a')).toBe(false);
  });

  it('rejects what is not a pattern', () => {
    // Web pages only: everything (<all_urls>), local files and ftp are never a merchant's order system.
    const notSites = [
      '<all_urls>',
      'file:///orders/*',
      'ftp://x.com/*',
      'https:///orders/*',
      'https://x.com:8080/*',
    ];
    for (const bad of [
      'erp.example.com',
      'https://x.com',
      'https://*x.com/*',
      'https://x.*.com/*',
      '',
      ...notSites,
    ]) {
      expect(isValidPattern(bad), bad).toBe(false);
      expect(matchesPattern(bad, 'https://x.com/')).toBe(false);
    }
    expect(isValidPattern('https://erp.example.com/*')).toBe(true);
    expect(matchesPattern('https://erp.example.com/*', 'not a url')).toBe(false);
  });
});
