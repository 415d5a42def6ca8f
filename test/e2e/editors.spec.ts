import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
// esbuild comes with vite (a dev dependency): the fixture editors are bundled from their npm packages here.
import { build } from 'esbuild';
import { expect, test } from './fixtures';

/**
 * The reply helper on the platforms' real chat boxes and on editors built with the common libraries (the real
 * npm packages, bundled at setup into node_modules/.cache/sd-chat-editors): the merchant's text stays,
 * the template goes in at the caret, the app's own state (what its Send sends) follows, Undo takes out the
 * template only (issue #20: text typed after it stays), and a second insertion works the same way.
 */
const dir = fileURLToPath(new URL('../fixtures/chat', import.meta.url));
// Bundles are build output: kept out of the repository, the linters and the formatter.
const out = fileURLToPath(new URL('../../node_modules/.cache/sd-chat-editors', import.meta.url));
const EDITORS = ['react', 'vue', 'lexical', 'tiptap', 'quill'] as const;

test.beforeAll(async () => {
  await build({
    entryPoints: EDITORS.map((e) => join(dir, 'editors', `${e}.mjs`)),
    bundle: true,
    minify: true,
    format: 'iife',
    outdir: out,
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
});

interface Case {
  /** Where it is served: the path's first part makes it a platform's chat in demo builds. */
  path: string;
  file: string;
  box: string;
}

const CASES: Case[] = [
  { path: '/jd/chat-dongdong', file: 'jd-dongdong.html', box: '.EditorContent' },
  {
    path: '/douyin/chat-feige',
    file: 'douyin-feige.html',
    box: 'textarea[data-qa-id="qa-send-message-textarea"]',
  },
  { path: '/pdd/chat-merchant', file: 'pdd-chat-merchant.html', box: 'textarea#replyTextarea' },
  { path: '/generic/chat-react', file: 'editor-react.html', box: '#editor-root textarea' },
  { path: '/generic/chat-vue', file: 'editor-vue.html', box: '#editor-root textarea' },
  { path: '/generic/chat-lexical', file: 'editor-lexical.html', box: '.lexical-editor' },
  { path: '/generic/chat-tiptap', file: 'editor-tiptap.html', box: '.ProseMirror' },
  { path: '/generic/chat-quill', file: 'editor-quill.html', box: '.ql-editor' },
  // The merchant's own systems on a platform's path (JD's kefu pages host more than 咚咚).
  { path: '/jd/chat-lexical', file: 'editor-lexical.html', box: '.lexical-editor' },
  { path: '/taobao/chat-tiptap', file: 'editor-tiptap.html', box: '.ProseMirror' },
];

async function serve(page: Page, c: Case) {
  await page.route('**/__fixtures__/chat/*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript; charset=utf-8',
      body: readFileSync(join(out, new URL(route.request().url()).pathname.split('/').pop() ?? '')),
    }),
  );
  await page.route(`**${c.path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(dir, c.file), 'utf8') }),
  );
  await page.goto(c.path);
}

/** Text as the merchant reads it: no-break spaces are spaces, blank lines between paragraphs count once. */
const norm = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\n+/g, '\n')
    .trim();

async function shown(box: Locator): Promise<string> {
  const textarea = await box.evaluate((e) => e instanceof HTMLTextAreaElement);
  return norm(textarea ? await box.inputValue() : await box.innerText());
}
const appState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __appState: () => string }).__appState()).then(norm);

/** Box and app state both read `text`. */
async function expectText(page: Page, box: Locator, text: string) {
  await expect.poll(() => shown(box)).toBe(text);
  await expect.poll(() => appState(page)).toBe(text);
}

const ORDER = '261120-000000000000123';
const TEMPLATE = `亲，您的订单 ${ORDER} 还没有发货，可以直接申请取消，我们同意后会尽快退款。`;

/** Opens the templates, picks the "cancel before shipping" one and fills in the order number if asked. */
async function insertTemplate(page: Page) {
  await page.locator('sd-reply [data-sd-action="templates"]').click();
  // The buyer writes Simplified Chinese: the reply goes in in it, whatever the merchant's UI language.
  await expect(page.locator('sd-reply [data-sd-reply-lang]')).toHaveAttribute('data-sd-reply-lang', 'zh_CN');
  await page.locator('sd-reply input[type="search"]').fill('取消');
  await page.locator('sd-reply [data-sd-action="choose"][data-template-id="builtin.refund-cancel"]').click();
  const form = page.locator('sd-reply [data-sd-fill]');
  if (await form.isVisible()) {
    await form.locator('[data-placeholder="orderId"]').fill(ORDER);
    await form.locator('[data-sd-action="insert"]').click();
  }
  await expect(page.locator('sd-reply [data-sd-action="undo"]')).toBeVisible();
}

/** The merchant types a greeting and a closing, and puts the caret back between them. */
async function typeAround(page: Page, box: Locator) {
  await box.click();
  await page.keyboard.type('您好！');
  await page.keyboard.type('请稍等');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expectText(page, box, '您好！请稍等');
}

for (const c of CASES) {
  test(`${c.path}: template at the caret, app state follows, Undo keeps later typing, twice`, async ({
    page,
  }) => {
    await serve(page, c);
    const box = page.locator(c.box);
    await expect(page.locator('sd-reply [data-sd-action="templates"]')).toBeVisible();
    await expect(page.locator('sd-reply')).toHaveCount(1);
    await expect(box).toHaveCount(1);
    await typeAround(page, box);

    await insertTemplate(page);
    await expectText(page, box, `您好！${TEMPLATE}请稍等`);

    // Typed after the insertion: Undo takes the template out and keeps this.
    await box.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' PS: gift wrap ok');
    await expectText(page, box, `您好！${TEMPLATE}请稍等 PS: gift wrap ok`);
    await page.locator('sd-reply [data-sd-action="undo"]').click();
    await expectText(page, box, '您好！请稍等 PS: gift wrap ok');
    await expect(page.locator('sd-reply [data-sd-action="undo"]')).toHaveCount(0);

    // A second insertion goes in where the first one was, and comes out the same way.
    await insertTemplate(page);
    await expectText(page, box, `您好！${TEMPLATE}请稍等 PS: gift wrap ok`);
    await page.locator('sd-reply [data-sd-action="undo"]').click();
    await expectText(page, box, '您好！请稍等 PS: gift wrap ok');
  });
}

for (const c of [CASES[2]!, CASES[5]!]) {
  test(`${c.path}: Undo of a template edited since asks first, then restores the text before it`, async ({
    page,
  }) => {
    await serve(page, c);
    const box = page.locator(c.box);
    await expect(page.locator('sd-reply [data-sd-action="templates"]')).toBeVisible();
    await typeAround(page, box);
    await insertTemplate(page);
    await box.focus();
    // The caret is after the template: the merchant deletes its last character.
    await page.keyboard.press('Backspace');
    await expectText(page, box, `您好！${TEMPLATE.slice(0, -1)}请稍等`);
    await page.locator('sd-reply [data-sd-action="undo"]').click();
    const ask = page.locator('sd-reply [data-sd-undo-ask]');
    await expect(ask).toBeVisible();
    await page.screenshot({ path: `test-results/undo-ask${c.path.replace(/\//g, '-')}.png` });
    // Nothing changed until the merchant says so; "keep" keeps.
    await expectText(page, box, `您好！${TEMPLATE.slice(0, -1)}请稍等`);
    await ask.locator('[data-sd-action="undo-cancel"]').click();
    await expect(ask).toHaveCount(0);
    await page.locator('sd-reply [data-sd-action="undo"]').click();
    await page.locator('sd-reply [data-sd-action="undo-confirm"]').click();
    await expectText(page, box, '您好！请稍等');
  });
}

// Textareas: the browser's own undo stack; rich editors: their own history (it saw the insertion as input).
for (const c of CASES) {
  test(`${c.path}: Ctrl+Z in the box takes the insertion back, as in any text box`, async ({ page }) => {
    await serve(page, c);
    const box = page.locator(c.box);
    await expect(page.locator('sd-reply [data-sd-action="templates"]')).toBeVisible();
    await typeAround(page, box);
    // Editors group edits less than a second apart into one undo step (Quill: history delay 1000 ms).
    await page.waitForTimeout(1_100);
    await insertTemplate(page);
    await expectText(page, box, `您好！${TEMPLATE}请稍等`);
    await box.focus();
    await page.keyboard.press('Control+z');
    await expectText(page, box, '您好！请稍等');
  });
}
