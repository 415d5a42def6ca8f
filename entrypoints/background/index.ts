import { CHANNEL, isEnvelope } from '@/lib/messaging/protocol';
import { summarize } from '@/lib/rules/summary';
import { createConnection } from '@/lib/store/connection';
import { serve } from '@/lib/service/handlers';
import { createHealth } from '@/lib/store/health';
import { syncPresets } from '@/lib/store/presets-sync';
import { registerUserSites } from './user-sites';
import {
  getSettings,
  listRules,
  listSeenOrders,
  pruneNotified,
  pruneSeenOrders,
} from '@/lib/store/repository';
import { ensureAlarm } from './alarms';
import { notifyDue, urlOfNotification } from './notifications';
import { reinjectOnInstallOrUpdate } from './reinject';
import { serveLazyUi } from './lazy-ui';

const BADGE_ALARM = 'badge-refresh';
const PRUNE_ALARM = 'prune-orders';
const BADGE_COLOURS = { overdue: '#c62828', urgent: '#ef6c00' } as const;

// Every start brings new or updated presets in, without touching what the merchant edited.
const db = createConnection({
  prepare: async (store) => {
    await syncPresets(store).catch((e: unknown) => console.warn('[seller-desk] preset sync', e));
  },
});
/** The last write that failed (full disk, blocked upgrade), for the popup and options page to show. */
const health = createHealth();

/** Overdue + urgent on the toolbar icon, red when any is overdue. */
async function refreshBadge(): Promise<void> {
  const store = await db();
  const [orders, rules, settings] = await Promise.all([
    listSeenOrders(store),
    listRules(store),
    getSettings(store),
  ]);
  const { counts } = summarize(orders, rules, settings, Date.now());
  const n = counts.overdue + counts.urgent;
  // MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: n > 0 ? String(n) : '' });
  await action.setBadgeBackgroundColor({
    color: counts.overdue > 0 ? BADGE_COLOURS.overdue : BADGE_COLOURS.urgent,
  });
}

async function syncUserSites(): Promise<void> {
  // Opening the store can fail too (an upgrade blocked by an old page): logged, retried next time.
  await db()
    .then((store) => store.getAll('sites'))
    .then(registerUserSites)
    .catch((e: unknown) => console.warn('[seller-desk] user sites', e));
}

export default defineBackground(() => {
  const userSitesReady = syncUserSites();
  serveLazyUi();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message)) return undefined;
    const answer = serve(db, message.request, Date.now(), health).then((response) => {
      // The page shows the merchant a message; the console keeps the detail.
      if (!response.ok) console.warn(`[seller-desk] ${message.request.type} failed`, response);
      return response;
    });
    if (message.request.type === 'sites/put' || message.request.type === 'sites/delete') {
      void answer.then(() => syncUserSites());
    }
    if (['orders/seen', 'rules/put', 'reports/create', 'reports/decide'].includes(message.request.type)) {
      void answer.then(() => refreshBadge()).catch((e: unknown) => console.warn('[seller-desk] badge', e));
    }
    return answer;
  });

  // The reply-templates shortcut: the content script of the active tab opens its picker.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'open-templates') return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(
        ([tab]) =>
          tab?.id !== undefined &&
          browser.tabs.sendMessage(tab.id, { channel: CHANNEL, type: 'open-templates' }),
      )
      .catch(() => undefined);
  });

  // A notification opens the order list it is about.
  browser.notifications?.onClicked.addListener((id) => {
    const url = urlOfNotification(id);
    if (url) void browser.tabs.create({ url });
    void browser.notifications.clear(id);
  });

  browser.runtime.onInstalled.addListener(() => {
    void db();
  });
  // Tabs already open during an install, update or reload get the new content scripts.
  reinjectOnInstallOrUpdate(userSitesReady);

  // Alarms survive the service worker being stopped; the badge keeps counting down without a page open.
  for (const [name, minutes] of [
    [BADGE_ALARM, 1],
    [PRUNE_ALARM, 24 * 60],
  ] as const)
    void ensureAlarm(name, minutes).catch((e: unknown) => console.warn('[seller-desk] alarm', name, e));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) {
      void refreshBadge().catch((e: unknown) => console.warn('[seller-desk] badge', e));
      // Notifications run on the alarm, so they come while no order page is open and after restarts.
      void db()
        .then((store) => notifyDue(store, Date.now()))
        .catch((e: unknown) => console.warn('[seller-desk] notifications', e));
    }
    if (alarm.name === PRUNE_ALARM) {
      void db()
        .then(async (store) => {
          await pruneNotified(store, Date.now());
          return pruneSeenOrders(store, Date.now(), (await getSettings(store)).retentionDays);
        })
        .catch((e: unknown) => console.warn('[seller-desk] prune', e));
    }
  });
});
