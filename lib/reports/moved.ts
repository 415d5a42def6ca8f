import type { Order } from '../orders/types';
import { platformHas } from './lifecycle';
import type { DelayReport } from './types';

/**
 * The accepted JD card or approved emergency report that moves this order's deadline (the latest decided), if
 * any: what the badge counts down to and what the delay helper shows as the deadline, even while it is open.
 */
export function acceptedMove(
  order: Pick<Order, 'platform' | 'id'>,
  reports: readonly DelayReport[],
): DelayReport | undefined {
  const key = `${order.platform}:${order.id}`;
  return reports
    .filter(
      (r) =>
        r.orderKey === key &&
        (r.kind === 'card' || r.kind === 'emergency') &&
        platformHas(order.platform, r.kind) &&
        r.status === 'accepted' &&
        r.newShipTime !== undefined,
    )
    .sort((a, b) => (b.decidedAt ?? b.createdAt) - (a.decidedAt ?? a.createdAt))[0];
}

/**
 * The latest refused card or report for this order, when nothing was filed after it: the badge says so (the
 * deadline stands, the merchant has to act), rather than showing nothing.
 */
export function lastRefusal(
  order: Pick<Order, 'platform' | 'id'>,
  reports: readonly DelayReport[],
): DelayReport | undefined {
  const key = `${order.platform}:${order.id}`;
  const latest = reports
    .filter((r) => r.orderKey === key && r.kind !== 'notice' && platformHas(order.platform, r.kind))
    .sort((a, b) => (b.decidedAt ?? b.createdAt) - (a.decidedAt ?? a.createdAt))[0];
  return latest?.status === 'refused' ? latest : undefined;
}
