import type { BrowserContext, Worker } from '@playwright/test';

/** The extension's service worker as it runs now: Chromium may have stopped and restarted it. */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}
