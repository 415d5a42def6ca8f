import { expect, type Locator } from '@playwright/test';

/**
 * What a badge's explanation says, as a merchant gets it: the keyboard focus on the badge shows its tooltip
 * (its code is fetched on the first focus or hover of a badge), which describes the badge.
 */
export async function explanation(badge: Locator): Promise<string> {
  await badge.focus();
  const tip = badge.page().locator('sd-tip[role="tooltip"][data-open]');
  await expect(tip).toBeVisible();
  await expect(badge).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
  const text = (await tip.textContent()) ?? '';
  await badge.blur();
  await expect(tip).toHaveCount(0);
  return text;
}
