import type { BrowserContext } from '@playwright/test';

/**
 * Uncaught exceptions in any page and console errors anywhere in the context: pages, content scripts
 * (their isolated worlds report to the page's console) and the service worker.
 */
export function collectErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().message}`));
  context.on('console', (m) => {
    // The demo server has no favicon; that 404 is the browser's, not ours.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return errors;
}
