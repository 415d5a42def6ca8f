import * as v from 'valibot';
import { platforms } from '../platforms/types';
import { delayReasons } from '../reports/types';
import { BackupSchema } from './backup-schema';

/**
 * What "Export everything" adds to the rules, templates, sites and settings (backup-schema.ts): the
 * merchant's delay reports and how often each template was used. Every field is checked on import.
 */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const DelayReportSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  kind: v.picklist(['card', 'emergency', 'pre-report', 'notice']),
  platform: v.picklist(platforms),
  orderKey: v.optional(v.pipe(v.string(), v.maxLength(120))),
  status: v.picklist(['pending', 'accepted', 'refused', 'expired']),
  reason: v.picklist(delayReasons),
  createdAt: time,
  decidedAt: v.optional(time),
  newShipTime: v.optional(time),
  evidence: v.optional(v.pipe(v.array(v.picklist(['chat', 'sms', 'call'])), v.maxLength(3))),
  coupon: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  window: v.optional(v.object({ from: time, to: time })),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const TemplateUsageSchema = v.object({
  templateId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastUsed: time,
});

/** Unique by key: two entries with one key would silently overwrite each other. */
const unique = <T>(key: (x: T) => string, what: string) =>
  v.check<T[], string>((list) => new Set(list.map(key)).size === list.length, `duplicate ${what}`);

export const FullBackupSchema = v.object({
  ...BackupSchema.entries,
  reports: v.optional(
    v.pipe(
      v.array(DelayReportSchema),
      v.maxLength(20000),
      unique((r) => r.id, 'report id'),
    ),
  ),
  usage: v.optional(
    v.pipe(
      v.array(TemplateUsageSchema),
      v.maxLength(2000),
      unique((u) => u.templateId, 'template usage'),
    ),
  ),
});

export type FullBackupFile = v.InferOutput<typeof FullBackupSchema>;
