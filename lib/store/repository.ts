import type { Order } from '../orders/types';
import type { Rule } from '../rules/types';
import { defaultSettings, type Settings } from '../settings';
import type { Template } from '../templates/types';
import type { Db } from './db';
import type { SeenOrder, TemplateUsage } from './schema';

const DAY = 86_400_000;

export async function getSettings(db: Db): Promise<Settings> {
  const record = await db.get('settings', 'app');
  const value = { ...defaultSettings, ...record?.value };
  // Features added after the record was written default to on.
  return { ...value, features: { ...defaultSettings.features, ...record?.value.features } };
}

export async function updateSettings(db: Db, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const current = await tx.store.get('app');
  const value = { ...defaultSettings, ...current?.value, ...patch };
  await tx.store.put({ key: 'app', value });
  await tx.done;
  return value;
}

export const listRules = (db: Db): Promise<Rule[]> => db.getAll('rules');

export async function putRule(db: Db, rule: Rule): Promise<Rule> {
  await db.put('rules', rule);
  return rule;
}

export const listTemplates = (db: Db): Promise<Template[]> => db.getAll('templates');

/**
 * Keeps the newest sighting of each order, one transaction for the whole page, carrying over what
 * earlier sightings learnt: when it was first seen, whether it was ever late, when it was seen shipped.
 */
export async function recordSeenOrders(
  db: Db,
  orders: readonly Order[],
  url: string,
  now: number,
  isLate: (order: Order) => boolean = () => false,
): Promise<number> {
  const tx = db.transaction('orders', 'readwrite');
  const previous = await Promise.all(orders.map((o) => tx.store.get(`${o.platform}:${o.id}`)));
  await Promise.all(
    orders.map((order, i) => {
      const prev = previous[i];
      const shipped = order.status === 'shipped' || order.status === 'completed';
      const seen: SeenOrder = {
        key: `${order.platform}:${order.id}`,
        order,
        url,
        seenAt: now,
        firstSeenAt: prev?.firstSeenAt ?? prev?.seenAt ?? now,
      };
      if (prev?.wasLate || isLate(order)) seen.wasLate = true;
      const shippedAt = prev?.shippedSeenAt ?? (shipped ? now : undefined);
      if (shippedAt !== undefined) seen.shippedSeenAt = shippedAt;
      return tx.store.put(seen);
    }),
  );
  await tx.done;
  return orders.length;
}

export const listSeenOrders = (db: Db): Promise<SeenOrder[]> => db.getAll('orders');

/** Drops orders not seen for `retentionDays`; returns how many went. */
export async function pruneSeenOrders(db: Db, now: number, retentionDays: number): Promise<number> {
  const tx = db.transaction('orders', 'readwrite');
  let removed = 0;
  let cursor = await tx.store.index('seenAt').openCursor(IDBKeyRange.upperBound(now - retentionDays * DAY));
  while (cursor) {
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

/** One more use of a template (local only: shown in the options page, never sent anywhere). */
export async function recordUsage(db: Db, templateId: string, now: number): Promise<TemplateUsage> {
  const tx = db.transaction('usage', 'readwrite');
  const current = await tx.store.get(templateId);
  const usage = { templateId, count: (current?.count ?? 0) + 1, lastUsed: now };
  await tx.store.put(usage);
  await tx.done;
  return usage;
}

/** Notification keys already sent (kept for a week: deadlines older than that are never notified). */
export async function sentNotificationKeys(db: Db): Promise<Set<string>> {
  return new Set(await db.getAllKeys('notified'));
}

export async function markNotified(db: Db, keys: readonly string[], now: number): Promise<void> {
  const tx = db.transaction('notified', 'readwrite');
  await Promise.all(keys.map((key) => tx.store.put({ key, at: now })));
  await tx.done;
}

export async function pruneNotified(db: Db, now: number): Promise<void> {
  const tx = db.transaction('notified', 'readwrite');
  let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(now - 7 * DAY));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
