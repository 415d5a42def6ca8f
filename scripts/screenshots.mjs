// `node scripts/screenshots.mjs [outDir]`: what merchants see, in every UI language and at the window widths
// merchants use (1280, 1024 and 400 px), for looking at before a release (needs a demo build first:
// `npx wxt build --mode demo`). Per language and width: the overlay on the JD and PDD order lists, a badge's tooltip, the template
// picker on the PDD chat, the delay dialog from a late JD and a late PDD order, and every options section; per
// language: the popup at its own width, after the order lists were seen. Files: <locale>-<width>-<what>.png.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './demo/server.mjs';
import { launchWithExtension } from './launch.mjs';

const outDir = resolve(process.argv[2] ?? 'demo-output/locales');
const locales = ['en', 'es', 'zh_CN', 'zh_TW'];
/** Window sizes: a desktop, a small laptop, a phone-sized window. */
const windows = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 400, height: 760 },
];
const optionSections = ['settings', 'rules', 'templates', 'sites', 'backup'];
// The dialog scrolls inside 90% of the window; a tall window shows all of it in one picture.
const dialogHeight = 1400;
mkdirSync(outDir, { recursive: true });

const server = await startDemoServer({ port: Number(process.env.SD_DEMO_PORT ?? 0) });
const { context, extensionId } = await launchWithExtension({ headless: true, locale: 'zh-CN' });
const extensionPage = (path) => `chrome-extension://${extensionId}/${path}`;
let count = 0;

try {
  const page = await context.newPage();
  const shoot = async (name, options = {}) => {
    await page.screenshot({ path: resolve(outDir, `${name}.png`), ...options });
    count += 1;
  };

  /** The UI language, set as a merchant sets it: in the options page's settings form. */
  async function setLanguage(locale) {
    await page.setViewportSize(windows[0]);
    await page.goto(extensionPage('options.html#settings'));
    await page.selectOption('#sd-locale', locale);
    await page.click('.settings button[type="submit"]');
    await page.waitForSelector(`html[lang="${locale.replace('_', '-')}"]`);
  }

  async function overlay(path) {
    await page.goto(server.origin + path);
    await page.waitForSelector('html[data-sd-status="active"]');
    await page.waitForSelector('[data-sd-level] sd-badge');
  }

  async function delayDialog(path, prefix) {
    await page.setViewportSize({ width: page.viewportSize().width, height: dialogHeight });
    await overlay(path);
    // A badge folded for want of room (400 px) has its report action in its menu.
    const badge = page.locator('[data-demo-expect="overdue"] sd-badge').first();
    if ((await badge.getAttribute('aria-haspopup')) === null)
      await page.locator('[data-demo-expect="overdue"] [data-sd-action="delay-report"]').first().click();
    else {
      await badge.click();
      await page.locator('sd-menu [data-sd-action="delay-report"]').click();
    }
    await page.locator('sd-dialog .dialog').waitFor();
    await shoot(prefix);
  }

  for (const locale of locales) {
    await setLanguage(locale);
    for (const size of windows) {
      const prefix = `${locale}-${size.width}`;
      await page.setViewportSize(size);
      await overlay('/jd/orders');
      await shoot(`${prefix}-overlay-jd`);
      await overlay('/pdd/orders');
      await shoot(`${prefix}-overlay-pdd`);
      // A badge's explanation, as the keyboard shows it (the tooltip's code comes on this first focus).
      await page.locator('[data-demo-expect="overdue"] sd-badge').first().focus();
      await page.waitForSelector('sd-tip[role="tooltip"][data-open]');
      await shoot(`${prefix}-tip-pdd`);

      await page.goto(`${server.origin}/pdd/chat`);
      await page.locator('sd-reply [data-sd-action="templates"]').first().click();
      await page.locator('sd-reply .panel').waitFor();
      await page.keyboard.press('ArrowDown');
      await shoot(`${prefix}-picker`);

      await delayDialog('/jd/orders', `${prefix}-delay-jd`);
      await delayDialog('/pdd/orders', `${prefix}-delay-pdd`);

      await page.setViewportSize(size);
      for (const section of optionSections) {
        await page.goto(extensionPage(`options.html#${section}`));
        await page.waitForSelector('main h2');
        await shoot(`${prefix}-options-${section}`, { fullPage: true });
      }
    }
    // The popup at the width the toolbar gives it; the order lists above were seen, so it has orders to count.
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(extensionPage('popup.html'));
    await page.waitForSelector('[data-sd-count]');
    await shoot(`${locale}-popup`, { fullPage: true });
  }
  console.log(`${count} screenshots in ${outDir}`);
} finally {
  await context.close();
  await server.close();
}
