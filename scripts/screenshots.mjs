// `node scripts/screenshots.mjs`: the overlay, the popup and the options page in every UI language,
// for looking at what merchants see (needs a demo build: `npx wxt build --mode demo`).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './demo/server.mjs';
import { launchWithExtension } from './launch.mjs';

const outDir = resolve(process.argv[2] ?? 'demo-output/locales');
const locales = ['en', 'es', 'zh_CN', 'zh_TW'];
mkdirSync(outDir, { recursive: true });

const server = await startDemoServer();
const { context, extensionId } = await launchWithExtension({ headless: true, locale: 'zh-CN' });
try {
  const page = await context.newPage();
  for (const locale of locales) {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
    await page.selectOption('#sd-locale', locale);
    await page.click('button[type="submit"]');
    await page.waitForSelector(`html[lang="${locale.replace('_', '-')}"]`);
    await page.screenshot({ path: resolve(outDir, `${locale}-options-settings.png`), fullPage: true });
    for (const section of ['rules', 'templates', 'sites', 'backup']) {
      await page.goto(`chrome-extension://${extensionId}/options.html#${section}`);
      await page.waitForSelector('main h2');
      await page.screenshot({ path: resolve(outDir, `${locale}-options-${section}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/options.html#templates`);
    await page.waitForSelector('main h2');
    await page.screenshot({ path: resolve(outDir, `${locale}-options-narrow.png`), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(`${server.origin}/pdd/orders`);
    await page.waitForSelector('html[data-sd-status="active"]');
    await page.hover('[data-sd-level="urgent"] sd-badge');
    await page.screenshot({ path: resolve(outDir, `${locale}-overlay.png`) });

    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.waitForSelector('[data-sd-count]');
    await page.screenshot({ path: resolve(outDir, `${locale}-popup.png`) });
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await context.close();
  await server.close();
}
