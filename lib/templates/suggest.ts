import type { Order } from '../orders/types';
import type { Platform } from '../platforms/types';
import type { Level } from '../rules/assess';
import type { Situation, Template } from './types';

/** The situations an order is in, most fitting first; the picker shows their templates on top. */
export function situationsFor(
  order: Order | undefined,
  level: Level | undefined,
  afterSales = false,
): Situation[] {
  if (afterSales) return ['after-sales', 'refund'];
  if (!order) return [];
  if (order.status === 'shipped') return ['reminder-shipped-no-tracking', 'notice-shipped'];
  if (order.status === 'completed') return ['after-sales', 'refund'];
  if (order.status === 'cancelled') return ['refund'];
  const out: Situation[] = [];
  if (order.presale) out.push('presale');
  if (level === 'overdue') out.push('reminder-late', 'notice-delay', 'out-of-stock');
  else out.push('reminder-in-stock', 'notice-received', 'reminder-late', 'out-of-stock');
  return out;
}

/** A template written for some platforms only; the others are general. */
const scoped = (t: Template) => (t.platforms?.length ?? 0) > 0;

/**
 * The templates a chat on `platform` may offer: that platform's and the general ones, never another platform's
 * (JD's "refund within 48 h" is wrong advice to a PDD buyer, who is refunded at once).
 */
export function templatesFor(templates: readonly Template[], platform: Platform): Template[] {
  return templates.filter((t) => !scoped(t) || t.platforms?.includes(platform));
}

/**
 * Suggested templates first (in situation order, the platform's own before the general ones of a situation),
 * then the rest as they were. With `platform`, other platforms' templates are left out.
 */
export function orderTemplates(
  templates: readonly Template[],
  situations: readonly Situation[],
  platform?: Platform,
) {
  const offered = platform ? templatesFor(templates, platform) : [...templates];
  const rank = (t: Template) => {
    const i = situations.indexOf(t.situation);
    return i < 0 ? situations.length : i;
  };
  const sorted = offered.sort(
    (a, b) => rank(a) - rank(b) || (rank(a) < situations.length ? +scoped(b) - +scoped(a) : 0),
  );
  return {
    suggested: sorted.filter((t) => rank(t) < situations.length),
    others: sorted.filter((t) => rank(t) >= situations.length),
  };
}
