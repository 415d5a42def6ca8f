import {
  badgeTopics,
  isEnvelope,
  isWorkerRequest,
  writeTopics,
  type Request,
} from '@/lib/messaging/protocol';
import { createConnection } from '@/lib/store/connection';
import { serve } from '@/lib/service/handlers';
import { createHealth } from '@/lib/store/health';
import { sessionHealthMemory } from './health-memory';
import { syncPresets } from '@/lib/store/presets-sync';
import { registerUserSites } from './user-sites';
import { getSettings, pruneNotified, pruneSeenOrders } from '@/lib/store/repository';
import { ensureAlarm } from './alarms';
import { refreshBadge } from './badge';
import { notifyDue, urlOfNotification } from './notifications';
import { onCommand, tellPages } from './page-events';
import { reinjectOnInstallOrUpdate } from './reinject';
import { loadUiInto } from './lazy-ui';

const BADGE_ALARM = 'badge-refresh';
const PRUNE_ALARM = 'prune-orders';

// Every start brings new or updated presets in, without touching what the merchant edited.
const db = createConnection({
  prepare: async (store) => {
    await syncPresets(store).catch((e: unknown) => console.warn('[seller-desk] preset sync', e));
  },
});
/** The last write that failed (full disk, blocked upgrade), for the popup and options page to show. */
const health = createHealth(sessionHealthMemory());

const updateBadge = () =>
  db()
    .then((store) => refreshBadge(store, Date.now()))
    .catch((e: unknown) => console.warn('[seller-desk] badge', e));

async function syncUserSites(): Promise<void> {
  // Opening the store can fail too (an upgrade blocked by an old page): logged, retried next time.
  await db()
    .then((store) => store.getAll('sites'))
    .then(registerUserSites)
    .catch((e: unknown) => console.warn('[seller-desk] user sites', e));
}

/**
 * A write succeeded: open pages hear what changed (an order list redraws with new rules within a second), the
 * toolbar badge is counted again when the change is one it counts by, and the merchant's sites are registered
 * again when they changed.
 */
function afterWrite(request: Request): void {
  const topics = writeTopics[request.type];
  if (!topics?.length) return;
  if (topics.some((t) => badgeTopics.includes(t))) void updateBadge();
  if (topics.includes('sites')) void syncUserSites();
  // Pages take what concerns them: order lists the rules and settings, reply helpers also templates and orders.
  void tellPages({ type: 'changed', topics: [...topics] }).catch((e: unknown) =>
    console.warn('[seller-desk] telling pages', e),
  );
}

export default defineBackground(() => {
  const userSitesReady = syncUserSites();
  // The one listener for requests (lib/messaging/protocol.ts): the store answers most; the few that need the
  // sending tab are answered here.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message)) return undefined;
    const request = message.request;
    if (isWorkerRequest(request))
      return loadUiInto(sender, request.ui).then(
        (data) => ({ ok: true, data }),
        (e: unknown) => ({ ok: false, error: String(e) }),
      );
    return serve(db, request, Date.now(), health).then((response) => {
      // The page shows the merchant a message; the console keeps the detail.
      if (!response.ok) console.warn(`[seller-desk] ${request.type} failed`, response);
      else afterWrite(request);
      return response;
    });
  });

  // The reply-templates shortcut: the content script of the active tab opens its picker.
  browser.commands?.onCommand.addListener(onCommand);
  // Demo and test builds only: the e2e test runs the very function registered above (headless Chromium does
  // not deliver shortcuts), so a broken handler fails it.
  if (import.meta.env.MODE === 'demo') Object.assign(globalThis, { sellerDeskOnCommand: onCommand });

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
      void updateBadge();
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
