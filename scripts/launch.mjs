import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-demo');

/** Chromium with the built demo extension loaded; there is no internet, so nothing phones home. */
export async function launchWithExtension({
  headless = true,
  extensionDir = EXTENSION_DIR,
  viewport,
  locale,
  timezoneId,
  // Extra Chromium switches, e.g. a recording proxy for the no-network test.
  args = [],
} = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'seller-desk-'));
  // Developer mode, as when loading an unpacked extension by hand: without it Chromium switches the
  // extension off when it reloads itself (chrome.runtime.reload, the lifecycle test's "update").
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: viewport === undefined ? { width: 1280, height: 860 } : viewport,
    ...(locale ? { locale } : {}),
    ...(timezoneId ? { timezoneId } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...args,
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}
