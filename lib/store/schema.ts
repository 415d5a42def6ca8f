import type { DBSchema } from 'idb';
import type { Order } from '../orders/types';
import type { Platform } from '../platforms/types';
import type { Rule } from '../rules/types';
import type { Settings } from '../settings';
import type { Template } from '../templates/types';

export const DB_NAME = 'seller-desk';

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

export interface SiteConfig {
  id: string;
  /** A match pattern such as `https://erp.example.com/orders/*`. */
  pattern: string;
  platform: Platform;
  features: { countdowns: boolean; replies: boolean; delayReports: boolean; notifications: boolean };
}

export type { DelayReport } from '../reports/types';
import type { DelayReport } from '../reports/types';

export interface TemplateUsage {
  templateId: string;
  count: number;
  lastUsed: number;
}

export interface SettingsRecord {
  key: 'app';
  value: Settings;
}

export interface SellerDeskDB extends DBSchema {
  rules: { key: string; value: Rule };
  templates: { key: string; value: Template; indexes: { situation: string } };
  sites: { key: string; value: SiteConfig };
  orders: { key: string; value: SeenOrder; indexes: { seenAt: number } };
  reports: { key: string; value: DelayReport; indexes: { orderKey: string } };
  usage: { key: string; value: TemplateUsage };
  settings: { key: string; value: SettingsRecord };
  notified: { key: string; value: { key: string; at: number }; indexes: { at: number } };
}
