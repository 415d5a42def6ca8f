import type { Order } from '../orders/types';
import type { Rule } from '../rules/types';
import type { Settings } from '../settings';
import { applySettingsPatch, settingsConflicts, withDefaults, type SettingsPatch } from '../settings/patch';
import type { Template } from '../templates/types';
import type { Db } from './db';
import { StoreError } from './errors';
import type { SeenOrder, TemplateUsage } from './schema';
import { inTransaction, writeAll } from './transaction';

const DAY = 86_400_000;

export async function getSettings(db: Db): Promise<Settings> {
  return withDefaults((await db.get('settings', 'app'))?.value);
}

/**
 * Applies a patch to the settings as stored at this moment: the read and the write share one
 * readwrite transaction, so concurrent patches from two pages queue instead of overwriting each
 * other. With `base` (what the page loaded), a setting someone else changed since is refused
 * (`conflict`) rather than silently put back.
 */
export async function updateSettings(db: Db, patch: SettingsPatch, base?: Settings): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  return inTransaction(tx, async () => {
    const current = withDefaults((await tx.store.get('app'))?.value);
    const conflicts = base ? settingsConflicts(current, base, patch) : [];
    if (conflicts.length) throw new StoreError('conflict', `Changed elsewhere: ${conflicts.join(', ')}`);
    const value = applySettingsPatch(current, patch);
    await tx.store.put({ key: 'app', value });
    return value;
  });
}

export const listRules = (db: Db): Promise<Rule[]> => db.getAll('rules');

export async function putRule(db: Db, rule: Rule): Promise<Rule> {
  await db.put('rules', rule);
  return rule;
}

export const listTemplates = (db: Db): Promise<Template[]> => db.getAll('templates');

/** What one sighting adds to what earlier (or, arriving late, later) sightings already learnt. */
function mergeSighting(prev: SeenOrder | undefined, seen: SeenOrder, late: boolean): SeenOrder {
  const shipped = seen.order.status === 'shipped' || seen.order.status === 'completed';
  // A page that read the order earlier may answer after one that read it later: the newer snapshot stays.
  const newest = prev && prev.seenAt > seen.seenAt ? prev : seen;
  const merged: SeenOrder = {
    key: seen.key,
    order: newest.order,
    url: newest.url,
    seenAt: newest.seenAt,
    firstSeenAt: Math.min(prev?.firstSeenAt ?? prev?.seenAt ?? seen.seenAt, seen.seenAt),
  };
  if (prev?.wasLate || late) merged.wasLate = true;
  const shippedTimes = [prev?.shippedSeenAt, shipped ? seen.seenAt : undefined].filter(
    (t): t is number => t !== undefined,
  );
  if (shippedTimes.length) merged.shippedSeenAt = Math.min(...shippedTimes);
  return merged;
}

/**
 * Keeps the newest sighting of each order, one transaction for the whole page, carrying over what
 * earlier sightings learnt: when it was first seen, whether it was ever late, when it was seen shipped.
 * If the write fails (a full disk) the transaction aborts and the previous data stays as it was.
 */
export async function recordSeenOrders(
  db: Db,
  orders: readonly Order[],
  url: string,
  now: number,
  isLate: (order: Order) => boolean = () => false,
): Promise<number> {
  const tx = db.transaction('orders', 'readwrite');
  return inTransaction(tx, async () => {
    const previous = await Promise.all(orders.map((o) => tx.store.get(`${o.platform}:${o.id}`)));
    await writeAll(orders, (order, i) => {
      const seen: SeenOrder = { key: `${order.platform}:${order.id}`, order, url, seenAt: now };
      return tx.store.put(mergeSighting(previous[i], seen, isLate(order)));
    });
    return orders.length;
  });
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
  // Read and write in one transaction: two reply boxes counting at once both count.
  const tx = db.transaction('usage', 'readwrite');
  return inTransaction(tx, async () => {
    const current = await tx.store.get(templateId);
    const usage = {
      templateId,
      count: (current?.count ?? 0) + 1,
      lastUsed: Math.max(now, current?.lastUsed ?? 0),
    };
    await tx.store.put(usage);
    return usage;
  });
}

/** Notification keys already sent (kept for a week: deadlines older than that are never notified). */
export async function sentNotificationKeys(db: Db): Promise<Set<string>> {
  return new Set(await db.getAllKeys('notified'));
}

/**
 * Records the notifications about to be shown and returns the keys this caller may show. Reading what was
 * sent and recording it happen in one readwrite transaction, which IndexedDB runs one at a time: of two
 * overlapping runs (two alarms, or an alarm and a restart), only one gets each key, so no reminder is shown
 * twice.
 */
export async function claimNotifications(db: Db, keys: readonly string[], now: number): Promise<Set<string>> {
  const tx = db.transaction('notified', 'readwrite');
  return inTransaction(tx, async () => {
    const taken = await Promise.all(keys.map((key) => tx.store.getKey(key)));
    const claimed = keys.filter((_, i) => taken[i] === undefined);
    await writeAll(claimed, (key) => tx.store.put({ key, at: now }));
    return new Set(claimed);
  });
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
