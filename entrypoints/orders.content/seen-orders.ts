import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/components/client';
import type { Order } from '@/lib/orders/types';
import { textKey } from './text-key';

const SEND_DEBOUNCE_MS = 800;
/** A message is copied in one go: a 10,000-order list goes in parts, each in a task of its own. */
const SEND_BATCH = 500;

const store = (orders: Order[]) =>
  request('orders/seen', { url: location.href, orders }).catch((e: unknown) =>
    console.warn('[seller-desk] countdowns: could not store orders', e),
  );

/**
 * Tells the background which orders the page shows (for the popup, badge and notifications). The first reading
 * goes at once (the merchant may leave soon); later ones only when something changed, batched. A reading still
 * waiting goes at once when the tab is hidden or closed (`pagehide`, `visibilitychange`): a merchant who opens
 * page 2 and closes the tab within the wait would otherwise never get those orders into the popup, the toolbar
 * badge or the deadline notifications.
 */
export function createSeenOrdersReporter(ctx: ContentScriptContext) {
  // Keys (text-key.ts) of the readings' signatures, not the signatures: a 2,000-order one is ~80 KB of text.
  let lastSent: number | undefined;
  let timer: number | undefined;
  let pending: { orders: Order[]; signature: number } | undefined;
  let stopped = false;
  const listening = new AbortController();

  const send = (orders: Order[], signature: number, now: boolean) => {
    pending = undefined;
    lastSent = signature;
    for (let i = 0; i < orders.length; i += SEND_BATCH) {
      const batch = orders.slice(i, i + SEND_BATCH);
      // The page is going away: no later task may run, so every part goes now (sendMessage posts it at once).
      if (now) void store(batch);
      else
        ctx.setTimeout(() => {
          if (!stopped) void store(batch);
        }, i / SEND_BATCH);
    }
  };

  const flush = () => {
    if (!pending || stopped) return;
    clearTimeout(timer);
    send(pending.orders, pending.signature, true);
  };
  const signal = listening.signal;
  addEventListener('pagehide', flush, { signal });
  document.addEventListener('visibilitychange', () => document.hidden && flush(), { signal });

  return {
    report(orders: Order[]) {
      // A pickup scan or ship time appearing is news too: the popup's pickup rate counts from them.
      const signature = textKey(
        orders
          .map(
            (o) =>
              `${o.id}|${o.status}|${o.promiseTime ?? ''}|${o.shipTime ?? ''}|${o.pickupTime ?? ''}|${o.pickedUp ? 1 : ''}`,
          )
          .join(','),
      );
      if (!orders.length || signature === lastSent) return;
      clearTimeout(timer);
      pending = { orders, signature };
      timer = ctx.setTimeout(
        () => send(orders, signature, false),
        lastSent === undefined ? 0 : SEND_DEBOUNCE_MS,
      );
    },
    /** Sends a waiting reading now. */
    flush,
    stop() {
      // A reading still waiting was seen by the merchant: it goes before this page's reporter ends.
      flush();
      stopped = true;
      clearTimeout(timer);
      listening.abort();
    },
  };
}
