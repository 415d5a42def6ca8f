import { expect, test } from './fixtures';

test('a template goes into a React-like controlled reply box and the app state follows', async ({ page }) => {
  await page.goto('/pdd/chat');
  const button = page.locator('sd-reply [data-sd-action="templates"]');
  await expect(button).toBeVisible();
  await button.click();
  const item = page.locator('sd-reply [data-sd-action="insert"]:not([disabled])').first();
  await expect(item).toBeVisible();
  await item.click();
  const box = page.locator('#replyTextarea');
  const value = await box.inputValue();
  expect(value.length).toBeGreaterThan(10);
  await expect(page.locator('#demo-app-state')).toContainText(value.slice(0, 20));
  await page.locator('sd-reply [data-sd-action="undo"]').click();
  await expect(box).toHaveValue('');
});

test('a contenteditable editor gets the text as text, and a late box still gets the button', async ({
  page,
}) => {
  await page.goto('/pdd/chat?editor=contenteditable&late=1');
  const button = page.locator('sd-reply [data-sd-action="templates"]');
  await expect(button).toBeVisible({ timeout: 10_000 });
  await button.click();
  await page.locator('sd-reply [data-sd-action="insert"]:not([disabled])').first().click();
  const editor = page.locator('[contenteditable="true"]').first();
  await expect(editor).not.toBeEmpty();
  expect(await editor.evaluate((e) => e.querySelector('*'))).toBeNull();
});
