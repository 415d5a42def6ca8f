import { browser } from 'wxt/browser';

/**
 * Creates a repeating alarm unless it already exists with that period. The worker runs this on every
 * start, and re-creating an alarm moves its next run a full period away: a worker woken more often than
 * once a period (messages, tab events) would push the badge and notifier alarm back for ever.
 */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(name, { periodInMinutes });
}
