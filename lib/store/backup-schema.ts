import * as v from 'valibot';
import { RuleSchema, SettingsSchema, SiteSchema, TemplateSchema, uniqueIds } from './schemas';

/** What a backup file may hold: every item is checked by the schema of its stored type (schemas.ts). */
export const BACKUP_FORMAT = 'seller-desk-backup';

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  rules: v.optional(v.pipe(v.array(RuleSchema), v.maxLength(500), uniqueIds())),
  templates: v.optional(v.pipe(v.array(TemplateSchema), v.maxLength(2000), uniqueIds())),
  settings: v.optional(SettingsSchema),
  sites: v.optional(v.pipe(v.array(SiteSchema), v.maxLength(200), uniqueIds())),
});

export type BackupFile = v.InferOutput<typeof BackupSchema>;
