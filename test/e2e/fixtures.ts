import { test as base, type BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../../scripts/launch.mjs';

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
}

/** Every test gets a fresh Chromium profile with the demo build of the extension loaded. */
export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    // A browser far from China time proves the pages' times are read as UTC+8 regardless.
    const { context } = await launchWithExtension({ locale: 'zh-CN', timezoneId: 'America/New_York' });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});

export const expect = test.expect;
