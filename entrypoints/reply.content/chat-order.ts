import { readOrders } from '@/lib/orders';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import type { Platform } from '@/lib/platforms/types';
import { assessWithReports } from '@/lib/rules/with-reports';
import { findDiscussedOrder, mentionedOrderNumber, pickChatOrder } from '@/lib/templates/context';
import { orderTemplates, situationsFor } from '@/lib/templates/suggest';
import type { ReplyData } from './reply-data';

/** The texts around the box, newest last: the order a buyer mentions last is the one under discussion. */
const textsIn = (root: Element) =>
  Array.from(root.querySelectorAll('p, span, div, li, td, h3'))
    .filter((e) => e.childElementCount === 0 && !e.closest(`[${OWN_UI_ATTR}]`))
    .map((e) => e.textContent ?? '');

/** The order the chat (or dialog) is about, its deadline with delay reports applied, and the templates for it. */
export function chatOrder(context: Element, data: ReplyData, platform: Platform, now: number) {
  const { rules, settings, reports } = data.config;
  const { orders, templates } = data;
  const card = readOrders(context, platform, { now, zone: settings.pageTimeZone }).orders;
  // The chat's words are searched for an order number only when the chat shows no order card.
  const shown = card.at(-1)?.order;
  const texts = shown ? [] : textsIn(context);
  const discussed = shown ? undefined : findDiscussedOrder(texts, orders);
  const written = shown || discussed ? undefined : mentionedOrderNumber(texts);
  const order = pickChatOrder(shown, discussed, orders, written ? { id: written, platform } : undefined);
  // Delay reports count: an accepted one moved the deadline the buyer is to be told.
  const a = order ? assessWithReports(order, rules, settings, reports, now).assessment : undefined;
  return {
    order,
    deadline: a?.deadline,
    ...orderTemplates(templates, situationsFor(order, a?.level), platform),
  };
}
