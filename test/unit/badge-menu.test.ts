import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBadgeMore } from '../../components/badge-more';
import { provideLazyUi } from '../../components/lazy-ui';
import { createRiskBadge, foldBadge, type BadgeState } from '../../components/risk-badge';
import { badgeText } from '../../lib/rules/explain';
import { createTranslator } from '../../lib/i18n/translate';
import type { Order } from '../../lib/orders/types';
import { assess } from '../../lib/rules/assess';
import { presetRules } from '../../lib/rules/presets';
import { defaultSettings } from '../../lib/settings';
import { parseTime } from '../../lib/time/china-time';

// A badge too narrow for its words (placement.ts folds it) is a disclosure button whose menu holds them.
const report = vi.fn();
const now = parseTime('2026-12-08 03:36') as number;
// JD, 24 h from the order time: due 2026-12-08 02:26, 1 h 10 min late.
const order: Order = {
  id: '302598713465',
  platform: 'jd',
  status: 'pending',
  orderTime: now - 25 * 3_600_000 - 600_000,
};
const assessment = assess(order, presetRules, defaultSettings, now);
const t = createTranslator('en');
const state: BadgeState = {
  level: 'overdue',
  text: '1h 10m late',
  short: '−1h 10m',
  penalty: '1 pt',
  label: 'Seller Desk: Overdue',
  why: {
    order,
    assessment,
    effect: {},
    t,
    locale: 'en',
    rules: presetRules,
    zone: defaultSettings.pageTimeZone,
  },
  actions: [{ action: 'delay-report', label: 'Delay report', onClick: report }],
};

// The explanation and menu are injected on first use in the extension (entrypoints/badge-more.ts); here, at once.
beforeAll(() => provideLazyUi('badge-more', startBadgeMore));

function placedBadge() {
  const badge = createRiskBadge();
  badge.set(state);
  const line = document.createElement('sd-line');
  document.body.append(line);
  badge.place((host, buttons) => {
    line.append(host);
    buttons();
  });
  return badge;
}

const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('a folded badge', () => {
  afterEach(() => {
    document.body.replaceChildren();
    report.mockReset();
  });

  it('shows in full as an image with its buttons; folded, it is a collapsed button and its buttons are hidden', () => {
    const { host } = placedBadge();
    const button = host.nextElementSibling as Element;
    expect(host.getAttribute('role')).toBe('img');
    expect(button.hasAttribute('data-compact')).toBe(false);
    foldBadge(host, [button], 'short');
    expect(host.getAttribute('role')).toBe('button');
    expect(host.getAttribute('aria-expanded')).toBe('false');
    expect(host.getAttribute('data-short-face')).toBe('−1h 10m');
    expect(button.hasAttribute('data-compact')).toBe(true);
    foldBadge(host, [button], 'full');
    expect(host.getAttribute('role')).toBe('img');
    expect(host.hasAttribute('aria-expanded')).toBe(false);
  });

  it('Enter opens its menu with its words and actions; Escape closes it and gives focus back', () => {
    const { host } = placedBadge();
    foldBadge(host, [host.nextElementSibling as Element], 'dot');
    host.focus();
    key(host, 'Enter');
    const menu = document.querySelector('sd-menu') as HTMLElement;
    expect(menu.textContent).toContain('1h 10m late\u00a0·\u00a01 pt');
    expect(menu.textContent).toContain('Ship by 2026-12-08 02:26');
    expect(host.getAttribute('aria-expanded')).toBe('true');
    expect(host.getAttribute('aria-controls')).toBe(menu.id);
    const action = menu.querySelector('[data-sd-action="delay-report"]') as HTMLElement;
    expect(document.activeElement).toBe(action);
    key(action, 'Escape');
    expect(document.querySelector('sd-menu')).toBeNull();
    expect(document.activeElement).toBe(host);
    expect(host.getAttribute('aria-expanded')).toBe('false');
  });

  it('its action in the menu does what the button does, and closes the menu', () => {
    const { host } = placedBadge();
    foldBadge(host, [host.nextElementSibling as Element], 'short');
    key(host, ' ');
    (document.querySelector('sd-menu [data-sd-action="delay-report"]') as HTMLElement).click();
    expect(report).toHaveBeenCalledOnce();
    expect(document.querySelector('sd-menu')).toBeNull();
    // Opened again with a second press, not a stale first one.
    key(host, 'Enter');
    expect(document.querySelector('sd-menu')).not.toBeNull();
  });

  it('a badge shown in full opens nothing', () => {
    const { host } = placedBadge();
    key(host, 'Enter');
    host.click();
    expect(document.querySelector('sd-menu')).toBeNull();
  });
});

describe('a badge’s explanation', () => {
  afterEach(() => document.body.replaceChildren());

  it('its spoken name is its level and countdown, from the start', () => {
    const { host } = placedBadge();
    expect(host.getAttribute('aria-label')).toBe('Seller Desk: Overdue · 1h 10m late · 1 pt');
    expect(host.hasAttribute('title')).toBe(false);
  });

  it('keyboard focus shows the whole explanation in a tooltip that describes the badge; Escape hides it', () => {
    const { host } = placedBadge();
    host.focus();
    const tip = document.querySelector('sd-tip[role="tooltip"]') as HTMLElement;
    expect(tip.hasAttribute('data-open')).toBe(true);
    expect(tip.textContent).toContain('Ship by 2026-12-08 02:26');
    expect(tip.textContent).toContain('store point');
    expect(host.getAttribute('aria-describedby')).toBe(tip.id);
    key(host, 'Escape');
    expect(tip.hasAttribute('data-open')).toBe(false);
    expect(host.hasAttribute('aria-describedby')).toBe(false);
  });

  it('focus leaving the badge hides it; a folded badge’s open menu replaces it', () => {
    const { host } = placedBadge();
    host.focus();
    const tip = document.querySelector('sd-tip') as HTMLElement;
    host.blur();
    expect(tip.hasAttribute('data-open')).toBe(false);
    foldBadge(host, [host.nextElementSibling as Element], 'dot');
    host.focus();
    expect(tip.hasAttribute('data-open')).toBe(true);
    key(host, 'Enter');
    expect(document.querySelector('sd-menu')?.textContent).toContain('Ship by 2026-12-08 02:26');
    expect(tip.hasAttribute('data-open')).toBe(false);
  });
});

describe('the short countdown', () => {
  const a = (remaining: number) => ({ level: 'urgent' as const, deadline: 1, remaining });
  it('is the time alone, marked when late, in every language', () => {
    const en = createTranslator('en');
    expect(badgeText(a(39 * 60_000), en, 'en', true)).toBe('39m');
    expect(badgeText(a(-70 * 60_000), en, 'en', true)).toBe('−1h 10m');
    // Chinese in the shop pages' countdown words (时/分): `超1小时10分钟` folded every generic list at 1024 px to dots.
    expect(badgeText(a(-70 * 60_000), createTranslator('zh_CN'), 'zh_CN', true)).toBe('超1时10分');
    expect(badgeText(a(-70 * 60_000), createTranslator('zh_TW'), 'zh_TW', true)).toBe('逾1時10分');
    expect(badgeText(a(39 * 60_000), createTranslator('zh_CN'), 'zh_CN', true)).toBe('39分');
    expect(badgeText(a(3 * 3_600_000), createTranslator('es'), 'es', true)).toBe('3 h');
    expect(badgeText(a(50 * 3_600_000 + 60_000), en, 'en', true)).toBe('2d 2h');
    expect(badgeText(a(-70 * 60_000), en, 'en')).toBe('1h 10m late');
  });
});
