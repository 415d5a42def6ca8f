import type { Order } from '../orders/types';
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

/** Suggested templates first (in situation order), then the rest as they were. */
export function orderTemplates(templates: readonly Template[], situations: readonly Situation[]) {
  const rank = (t: Template) => {
    const i = situations.indexOf(t.situation);
    return i < 0 ? situations.length : i;
  };
  const sorted = [...templates].sort((a, b) => rank(a) - rank(b));
  return {
    suggested: sorted.filter((t) => rank(t) < situations.length),
    others: sorted.filter((t) => rank(t) >= situations.length),
  };
}
