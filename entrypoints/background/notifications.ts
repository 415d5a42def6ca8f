import { browser } from 'wxt/browser';
import { createTranslator, localeFromLanguage, resolveLocale } from '@/lib/i18n';
import { dueNotifications, type DueGroup } from '@/lib/notify/scheduler';
import type { Db } from '@/lib/store/db';
import {
  getSettings,
  listRules,
  listSeenOrders,
  claimNotifications,
  sentNotificationKeys,
} from '@/lib/store/repository';
import { formatWallClock } from '@/lib/time/china-time';
import { formatDuration } from '@/lib/time/format-duration';

const PREFIX = 'sd-notify|';

/** The page a notification opens: the order list of its most urgent order. */
export const urlOfNotification = (id: string): string | null =>
  id.startsWith(PREFIX) ? decodeURIComponent(id.slice(PREFIX.length).split('|')[1] ?? '') || null : null;

/**
 * Shows what is due (one notification per event for all its orders) and records it in IndexedDB
 * first, so a service worker stopped half-way never repeats a notification.
 */
export async function notifyDue(db: Db, now: number): Promise<DueGroup[]> {
  if (!browser.notifications) return [];
  const [orders, rules, settings, reports, sent] = await Promise.all([
    listSeenOrders(db),
    listRules(db),
    getSettings(db),
    db.getAll('reports'),
    sentNotificationKeys(db),
  ]);
  if (!settings.features.notifications) return [];
  const due = dueNotifications(orders, rules, settings, reports, sent, now);
  if (!due.length) return due;
  // Another run may have shown some of these since `sent` was read: show only what this run claimed.
  const claimed = await claimNotifications(
    db,
    due.flatMap((g) => g.orders.map((o) => o.key)),
    now,
  );
  const groups = due
    .map((g) => ({ ...g, orders: g.orders.filter((o) => claimed.has(o.key)) }))
    .filter((g) => g.orders.length > 0);
  const locale = resolveLocale(settings.locale, localeFromLanguage(navigator.language));
  const t = createTranslator(locale);
  for (const g of groups) {
    const first = g.orders[0]!;
    const lines = g.orders
      .slice(0, 3)
      .map(
        (o) =>
          `${t(`platform.${o.seen.order.platform}`)} ${o.seen.order.id} · ${formatWallClock(o.deadline, settings.pageTimeZone)}`,
      );
    if (g.orders.length > 3) lines.push(t('notify.more', { count: g.orders.length - 3 }));
    const title =
      g.event === 'lead'
        ? t('notify.leadTitle', {
            count: g.orders.length,
            time: formatDuration(first.deadline - now, locale.replace('_', '-')),
          })
        : t('notify.passedTitle', { count: g.orders.length });
    await browser.notifications.create(`${PREFIX}${g.event}|${encodeURIComponent(first.seen.url)}|${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message: lines.join('\n'),
      priority: g.event === 'passed' ? 2 : 1,
    });
  }
  return groups;
}
