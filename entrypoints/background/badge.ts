import { browser } from 'wxt/browser';
import { createTranslator, plural, resolveLocale } from '@/lib/i18n';
import { summarize } from '@/lib/rules/summary';
import type { Db } from '@/lib/store/db';
import { getSettings, listRules, listSeenOrders } from '@/lib/store/repository';

const BADGE_COLOURS = { overdue: '#c62828', urgent: '#ef6c00' } as const;

/** Overdue + urgent on the toolbar icon, red when any is overdue: counted as the popup counts them. */
export async function refreshBadge(store: Db, now: number): Promise<void> {
  const [orders, rules, settings, reports] = await Promise.all([
    listSeenOrders(store),
    listRules(store),
    getSettings(store),
    store.getAll('reports'),
  ]);
  // Delay reports count: an order whose deadline an accepted report moved is not overdue.
  const { counts } = summarize(orders, rules, settings, now, reports);
  const n = counts.overdue + counts.urgent;
  // MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: n > 0 ? String(n) : '' });
  await action.setBadgeBackgroundColor({
    color: counts.overdue > 0 ? BADGE_COLOURS.overdue : BADGE_COLOURS.urgent,
  });
  // The tooltip says what the number counts, in the merchant's language.
  const locale = resolveLocale(settings.locale, navigator.language);
  const t = createTranslator(locale);
  await action.setTitle({
    title:
      n > 0
        ? plural(t, locale, 'popup.badgeTitle', n, { hours: settings.urgentHours })
        : t('popup.badgeTitleNone'),
  });
}
