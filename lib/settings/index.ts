import type { Locale } from '../i18n/translate';
import { defaultAfterSalesKeywords, type AfterSalesKeywords } from '../aftersales/classify';
import { defaultComplianceWords, type ComplianceWords } from '../templates/compliance';
import { CHINA_ZONE, type PageZone } from '../time/zone';

/** Each part of Seller Desk can be switched off on its own (options page → settings). */
export const featureNames = ['countdowns', 'delayReports', 'replies', 'afterSales', 'notifications'] as const;
export type FeatureName = (typeof featureNames)[number];

export interface Settings {
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
  /** Words the reply helper warns about before inserting (all languages in one list per kind). */
  complianceWords: ComplianceWords;
  /** Words that name each after-sales type, in all four languages (the mismatch check reads them). */
  afterSalesKeywords: AfterSalesKeywords;
  features: Record<FeatureName, boolean>;
}

export const defaultSettings: Settings = {
  locale: 'auto',
  pageTimeZone: CHINA_ZONE,
  urgentHours: 2,
  soonHours: 12,
  jdPickupRate: null,
  retentionDays: 14,
  notifyLeadMinutes: 120,
  quietHours: null,
  complianceWords: defaultComplianceWords,
  afterSalesKeywords: defaultAfterSalesKeywords,
  features: { countdowns: true, delayReports: true, replies: true, afterSales: true, notifications: true },
};

/**
 * The bounds of each number setting. Values outside them are refused, never clamped: by the options page, by the
 * background's write and by a backup import, all through one schema (lib/store/schemas.ts).
 */
export const settingLimits = {
  urgentHours: { min: 0.25, max: 48 },
  soonHours: { min: 1, max: 168 },
  jdPickupRate: { min: 0, max: 100 },
  retentionDays: { min: 1, max: 365 },
  notifyLeadMinutes: { min: 0, max: 24 * 60 },
  quietHour: { min: 0, max: 23 },
} as const;
