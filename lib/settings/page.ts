import type { Locale } from '../i18n/translate';
import { CHINA_ZONE, type PageZone } from '../time/zone';

/** Each part of Seller Desk can be switched off on its own (options page → settings). */
export const featureNames = ['countdowns', 'delayReports', 'replies', 'afterSales', 'notifications'] as const;
export type FeatureName = (typeof featureNames)[number];

/**
 * The settings an order page reads: everything but the word lists. Kept apart from `Settings` so the orders
 * content script, which falls back to these defaults until the merchant's settings arrive, does not carry the
 * default word lists (after-sales keywords, compliance words: ~3 KB gzip) into every back-office page.
 */
export interface PageSettings {
  locale: Locale | 'auto';
  /** The IANA zone of the times printed on the back-office pages (China: `Asia/Shanghai`). */
  pageTimeZone: PageZone;
  urgentHours: number;
  soonHours: number;
  /** JD store's weekly 48 h pickup rate (%), when the merchant knows it; null = not entered. */
  jdPickupRate: number | null;
  /** Seen orders older than this are pruned from the popup's store. */
  retentionDays: number;
  /** A notification this long before an order's deadline. */
  notifyLeadMinutes: number;
  /** No notifications between these hours (page time zone), e.g. 22 → 8; null = always. */
  quietHours: { from: number; to: number } | null;
  features: Record<FeatureName, boolean>;
}

export const defaultPageSettings: PageSettings = {
  locale: 'auto',
  pageTimeZone: CHINA_ZONE,
  urgentHours: 2,
  soonHours: 12,
  jdPickupRate: null,
  retentionDays: 14,
  notifyLeadMinutes: 120,
  quietHours: null,
  features: { countdowns: true, delayReports: true, replies: true, afterSales: true, notifications: true },
};
