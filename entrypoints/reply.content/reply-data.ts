import { watchPageConfig, type PageConfig } from '@/components/catalogs';
import { onPageEvent, request } from '@/components/client';
import type { Platform } from '@/lib/platforms/types';
import type { SeenOrder } from '@/lib/store/schema';
import type { Template } from '@/lib/templates/types';

export interface ReplyData {
  config: PageConfig;
  templates: Template[];
  /** What Seller Desk saw of this platform's orders on its lists (to fill a reply for the chat's order). */
  orders: SeenOrder[];
}

/**
 * What the reply helper needs, fetched once per page and not per box: the config (settings, rules, reports), and,
 * only while replies are switched on, the templates and this platform's seen orders. Each is fetched again when
 * the background says it changed; seen orders change often (every order list read), so they are only marked
 * stale then, and fetched when the merchant next opens the templates (`freshOrders`).
 * `changed` gets the data at first and after every change; `null` while replies are switched off.
 */
export function watchReplyData(platform: Platform, changed: (data: ReplyData | null) => void) {
  let config: PageConfig | undefined;
  let templates: Template[] | undefined;
  let orders: SeenOrder[] | undefined;
  let ordersStale = false;
  let stopped = false;

  const on = () => !!config?.settings.features.replies;
  const emit = () => {
    if (stopped || !config) return;
    if (!on()) return changed(null);
    if (templates && orders) changed({ config, templates, orders });
  };
  const warn = (e: unknown) => console.warn('[seller-desk] reply helper', e);
  const loadTemplates = () =>
    request('templates/list', {}).then((list) => {
      templates = list;
      emit();
    });
  const loadOrders = () =>
    request('orders/find', { platform }).then((list) => {
      ordersStale = false;
      orders = list;
      emit();
    });

  const stopConfig = watchPageConfig(
    platform,
    (next) => {
      config = next;
      // The setting is checked before anything else is fetched or shown.
      if (on() && !templates) void loadTemplates().catch(warn);
      if (on() && !orders) void loadOrders().catch(warn);
      emit();
    },
    warn,
  );
  const stopEvents = onPageEvent((event) => {
    if (event.type !== 'changed') return;
    if (event.topics.includes('orders')) ordersStale = true;
    if (!event.topics.includes('templates')) return;
    // Switched off: fetched when switched on again, not now.
    if (on()) void loadTemplates().catch(warn);
    else templates = undefined;
  });

  return {
    /** The templates are about to open: seen orders are brought up to date if an order list read more since. */
    freshOrders: () => (ordersStale ? loadOrders().catch(warn) : Promise.resolve()),
    stop: () => {
      stopped = true;
      stopConfig();
      stopEvents();
    },
  };
}
