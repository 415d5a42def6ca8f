import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/components/client';
import type { Order } from '@/lib/orders/types';

const SEND_DEBOUNCE_MS = 800;
/** A message is copied in one go: a 10,000-order list goes in parts, each in a task of its own. */
const SEND_BATCH = 500;

/**
 * Tells the background which orders the page shows (for the popup, badge and notifications). The first reading
 * goes at once (the merchant may leave soon); later ones only when something changed, batched.
 */
export function createSeenOrdersReporter(ctx: ContentScriptContext) {
  let lastSent = '';
  let timer: number | undefined;
  let stopped = false;

  const send = (orders: Order[], signature: string) => {
    lastSent = signature;
    for (let i = 0; i < orders.length; i += SEND_BATCH) {
      const batch = orders.slice(i, i + SEND_BATCH);
      ctx.setTimeout(() => {
        if (stopped) return;
        request('orders/seen', { url: location.href, orders: batch }).catch((e: unknown) =>
          console.warn('[seller-desk] countdowns: could not store orders', e),
        );
      }, i / SEND_BATCH);
    }
  };

  return {
    report(orders: Order[]) {
      // A pickup scan or ship time appearing is news too: the popup's pickup rate counts from them.
      const signature = orders
        .map(
          (o) =>
            `${o.id}|${o.status}|${o.promiseTime ?? ''}|${o.shipTime ?? ''}|${o.pickupTime ?? ''}|${o.pickedUp ? 1 : ''}`,
        )
        .join(',');
      if (!orders.length || signature === lastSent) return;
      clearTimeout(timer);
      timer = ctx.setTimeout(() => send(orders, signature), lastSent ? SEND_DEBOUNCE_MS : 0);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
