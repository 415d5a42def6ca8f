import type { DBSchema } from 'idb';
import type { SeenOrder } from '../orders/seen';
import type { Platform } from '../platforms/types';
import type { Rule } from '../rules/types';
import type { Settings } from '../settings';
import type { Template } from '../templates/types';

export const DB_NAME = 'seller-desk';

// Declared with the orders (a lower layer): rules and templates read seen orders without reaching up into the store.
export type { SeenOrder };

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
