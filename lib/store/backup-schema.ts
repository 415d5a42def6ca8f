import * as v from 'valibot';
import { supportedLocales } from '../i18n/translate';
import { platforms } from '../platforms/types';
import { defaultSettings, featureNames, type FeatureName } from '../settings';
import { situations } from '../templates/types';

/** What a backup file may hold; every field of everything it imports is checked here. */
const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(finite, v.minValue(0));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const platform = v.picklist(platforms);
const wordList = () => v.pipe(v.array(shortText(60)), v.maxLength(300));
const localeText = v.partial(
  v.object(
    Object.fromEntries(supportedLocales.map((l) => [l, shortText(2000)])) as Record<
      (typeof supportedLocales)[number],
      ReturnType<typeof shortText>
    >,
  ),
);

export const PenaltySchema = v.variant('kind', [
  v.object({ kind: v.literal('none') }),
  v.object({
    kind: v.literal('points'),
    points: nonNegative,
    weeklyCap: nonNegative,
    lowRateFlat: v.optional(nonNegative),
    lowRateBelow: v.optional(v.pipe(finite, v.minValue(0), v.maxValue(100))),
  }),
  v.object({
    kind: v.literal('cny'),
    amount: nonNegative,
    maxPerOrder: v.optional(nonNegative),
    dailyCap: v.optional(nonNegative),
  }),
  v.object({
    kind: v.literal('percent'),
    percent: v.pipe(finite, v.minValue(0), v.maxValue(100)),
    min: nonNegative,
    max: nonNegative,
  }),
]);

export const RuleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][\w.-]{0,79}$/i)),
  platform,
  enabled: v.boolean(),
  appliesTo: v.picklist(['all', 'regular', 'presale']),
  milestone: v.picklist(['ship', 'pickup']),
  usePagePromise: v.boolean(),
  clockStart: v.picklist(['order', 'payment']),
  limitHours: v.nullable(v.pipe(finite, v.minValue(0), v.maxValue(24 * 60))),
  penalty: PenaltySchema,
  source: shortText(300),
  confidence: v.picklist(['faq', 'code', 'weak', 'unverified']),
  // Optional: files exported before 2026-12 have no quote, and a merchant's own rule has none.
  quote: v.optional(v.object({ file: shortText(120), text: shortText(2000) })),
  priority: finite,
  edited: v.optional(v.boolean()),
});

export const TemplateSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][\w.-]{0,79}$/i)),
  situation: v.picklist(situations),
  text: localeText,
  title: localeText,
  platforms: v.optional(v.pipe(v.array(platform), v.maxLength(platforms.length))),
  edited: v.optional(v.boolean()),
  builtIn: v.boolean(),
});

export const SettingsSchema = v.object({
  locale: v.picklist(['auto', ...supportedLocales]),
  pageOffsetMinutes: v.pipe(v.number(), v.integer(), v.minValue(-12 * 60), v.maxValue(14 * 60)),
  urgentHours: v.pipe(finite, v.minValue(0.25), v.maxValue(48)),
  soonHours: v.pipe(finite, v.minValue(1), v.maxValue(168)),
  jdPickupRate: v.nullable(v.pipe(finite, v.minValue(0), v.maxValue(100))),
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  notifyLeadMinutes: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
    defaultSettings.notifyLeadMinutes,
  ),
  quietHours: v.optional(
    v.nullable(
      v.object({
        from: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
        to: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
      }),
    ),
    null,
  ),
  complianceWords: v.optional(
    v.object({
      absolute: v.pipe(v.array(shortText(60)), v.maxLength(300)),
      reviews: v.pipe(v.array(shortText(60)), v.maxLength(300)),
      offPlatform: v.pipe(v.array(shortText(60)), v.maxLength(300)),
    }),
    defaultSettings.complianceWords,
  ),
  afterSalesKeywords: v.optional(
    v.object(
      Object.fromEntries(
        Object.keys(defaultSettings.afterSalesKeywords).map((k) => [k, wordList()]),
      ) as Record<keyof typeof defaultSettings.afterSalesKeywords, ReturnType<typeof wordList>>,
    ),
    defaultSettings.afterSalesKeywords,
  ),
  features: v.optional(
    v.object(
      Object.fromEntries(featureNames.map((f) => [f, v.optional(v.boolean(), true)])) as Record<
        FeatureName,
        v.OptionalSchema<v.BooleanSchema<undefined>, true>
      >,
    ),
    defaultSettings.features,
  ),
});

export const SiteSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(80)),
  pattern: v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/*]+(\/.*)?$/)),
  platform,
  features: v.object({
    countdowns: v.boolean(),
    replies: v.boolean(),
    delayReports: v.boolean(),
    notifications: v.boolean(),
  }),
});

/** Unique by id: two entries with one id would silently overwrite each other. */
const uniqueIds = <T extends { id: string }>(what: string) =>
  v.check<T[], string>((list) => new Set(list.map((x) => x.id)).size === list.length, `duplicate ${what} id`);

export const BACKUP_FORMAT = 'seller-desk-backup';

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  rules: v.optional(v.pipe(v.array(RuleSchema), v.maxLength(500), uniqueIds('rule'))),
  templates: v.optional(v.pipe(v.array(TemplateSchema), v.maxLength(2000), uniqueIds('template'))),
  settings: v.optional(SettingsSchema),
  sites: v.optional(v.pipe(v.array(SiteSchema), v.maxLength(200), uniqueIds('site'))),
});

export type BackupFile = v.InferOutput<typeof BackupSchema>;
