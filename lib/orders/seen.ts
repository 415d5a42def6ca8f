import type { Order } from './types';

/** An order as last seen on a page: the plain data, so the popup can re-assess it at any time. */
export interface SeenOrder {
  /** `<platform>:<id>` */
  key: string;
  order: Order;
  url: string;
  seenAt: number;
  /** When Seller Desk first saw the order. */
  firstSeenAt?: number;
  /** Seen unshipped past its deadline at least once (kept when it ships later: it shipped late). */
  wasLate?: boolean;
  /**
   * When Seller Desk first saw it shipped. Kept so older stored data stays readable; not a pickup time: the JD
   * 48 h pickup rate counts from the times the page shows (`order.pickupTime`, `order.shipTime`), never from when
   * the extension happened to look. (`order.shipTime`/`pickupTime`/`pickedUp` are optional: orders stored before
   * they were read load unchanged, no migration needed.)
   */
  shippedSeenAt?: number;
}
