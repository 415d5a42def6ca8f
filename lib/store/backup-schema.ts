import * as v from 'valibot';
import {
  ReportSchema,
  RuleSchema,
  SettingsSchema,
  SiteSchema,
  TemplateSchema,
  TemplateUsageSchema,
  uniqueIds,
  crossChecks,
} from './schemas';
import { settingsFromLegacy } from '../settings/legacy';

/** What a backup file may hold: every item is checked by the schema of its stored type (schemas.ts). */
export const BACKUP_FORMAT = 'seller-desk-backup';

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  rules: v.optional(v.pipe(v.array(RuleSchema), v.maxLength(500), uniqueIds())),
  templates: v.optional(v.pipe(v.array(TemplateSchema), v.maxLength(2000), uniqueIds())),
  // A backup written before zones holds a fixed offset: converted as the database was (migration v4).
  settings: v.optional(v.pipe(v.unknown(), v.transform(settingsFromLegacy), SettingsSchema)),
  sites: v.optional(v.pipe(v.array(SiteSchema), v.maxLength(200), uniqueIds())),
  // "Export everything" also holds what the merchant made beyond rules and templates.
  reports: v.optional(v.pipe(v.array(ReportSchema), v.maxLength(20000), uniqueIds())),
  usage: v.optional(
    v.pipe(
      v.array(TemplateUsageSchema),
      v.maxLength(2000),
      v.check((list) => new Set(list.map((u) => u.templateId)).size === list.length, crossChecks.duplicateId),
    ),
  ),
});

export type BackupFile = v.InferOutput<typeof BackupSchema>;
