import { defaultAfterSalesKeywords, type AfterSalesKeywords } from '../aftersales/classify';
import { defaultComplianceWords, type ComplianceWords } from '../templates/compliance';
import { defaultPageSettings, type PageSettings } from './page';

export { defaultPageSettings, featureNames, type FeatureName, type PageSettings } from './page';

export interface Settings extends PageSettings {
  /** Words the reply helper warns about before inserting (all languages in one list per kind). */
  complianceWords: ComplianceWords;
  /** Words that name each after-sales type, in all four languages (the mismatch check reads them). */
  afterSalesKeywords: AfterSalesKeywords;
}

export const defaultSettings: Settings = {
  ...defaultPageSettings,
  complianceWords: defaultComplianceWords,
  afterSalesKeywords: defaultAfterSalesKeywords,
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
