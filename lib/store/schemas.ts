import * as v from 'valibot';
import { supportedLocales } from '../i18n/translate';
import type { Order } from '../orders/types';
import { isValidPattern } from '../platforms/match-pattern';
import { platforms } from '../platforms/types';
import type { DelayReport } from '../reports/types';
import { delayReasons } from '../reports/types';
import type { Rule } from '../rules/types';
import { defaultSettings, featureNames, settingLimits, type FeatureName, type Settings } from '../settings';
import type { Template } from '../templates/types';
import { isKnownZone } from '../time/zone';
import { situations } from '../templates/types';
import type { SeenOrder, SiteConfig } from './schema';

/**
 * What every stored value may hold: ONE schema per stored type. The options forms check a value with it
 * before saving, the background refuses a write that fails it (lib/service/handlers.ts), and a backup is
 * imported only if every item passes it (backup-schema.ts). Messages for the merchant: validate.ts.
 */

/** The numbers a stored field must lie within, by its path in the value; the forms show the same ones. */
export const fieldLimits = {
  urgentHours: settingLimits.urgentHours,
  soonHours: settingLimits.soonHours,
  jdPickupRate: settingLimits.jdPickupRate,
  retentionDays: settingLimits.retentionDays,
  notifyLeadMinutes: settingLimits.notifyLeadMinutes,
  'quietHours.from': settingLimits.quietHour,
  'quietHours.to': settingLimits.quietHour,
  // A ship window is at least an hour (no platform states less) and at most 60 days (a presale's).
  limitHours: { min: 1, max: 24 * 60 },
  'penalty.percent': { min: 0, max: 100 },
  'penalty.lowRateBelow': { min: 0, max: 100 },
} as const;
export type LimitedField = keyof typeof fieldLimits;

/** Messages of the checks beyond one field's type and range (validate.ts words them). */
export const crossChecks = {
  urgentAboveSoon: 'urgent-above-soon',
  duplicateId: 'duplicate-id',
  unknownZone: 'unknown-zone',
} as const;

const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(finite, v.minValue(0));
const within = (field: LimitedField, whole = false) => {
  const { min, max } = fieldLimits[field];
  return whole
    ? v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
    : v.pipe(finite, v.minValue(min), v.maxValue(max));
};
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][\w.-]{0,79}$/i));
const platform = v.picklist(platforms);
const time = v.pipe(finite, v.minValue(0));
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
    lowRateBelow: v.optional(within('penalty.lowRateBelow')),
  }),
  v.object({
    kind: v.literal('cny'),
    amount: nonNegative,
    maxPerOrder: v.optional(nonNegative),
    dailyCap: v.optional(nonNegative),
  }),
  v.object({
    kind: v.literal('percent'),
    percent: within('penalty.percent'),
    min: nonNegative,
    max: nonNegative,
  }),
]);

export const RuleSchema = v.object({
  id,
  platform,
  enabled: v.boolean(),
  appliesTo: v.picklist(['all', 'regular', 'presale']),
  milestone: v.picklist(['ship', 'pickup']),
  usePagePromise: v.boolean(),
  clockStart: v.picklist(['order', 'payment']),
  limitHours: v.nullable(within('limitHours')),
  penalty: PenaltySchema,
  source: shortText(300),
  confidence: v.picklist(['faq', 'code', 'weak', 'unverified']),
  // Optional: files exported before 2026-12 have no quote, and a merchant's own rule has none.
  quote: v.optional(v.object({ file: shortText(120), text: shortText(2000) })),
  priority: finite,
  edited: v.optional(v.boolean()),
});

export const TemplateSchema = v.object({
  id,
  situation: v.picklist(situations),
  text: localeText,
  title: localeText,
  platforms: v.optional(v.pipe(v.array(platform), v.maxLength(platforms.length))),
  edited: v.optional(v.boolean()),
  builtIn: v.boolean(),
});

export const SettingsSchema = v.pipe(
  v.object({
    locale: v.picklist(['auto', ...supportedLocales]),
    // Any zone this browser's Intl knows, never an offset. Settings from before zones (a database before v4, an
    // old backup) are converted before they get here (settings/legacy.ts).
    pageTimeZone: v.pipe(
      v.string(),
      v.check((zone) => isKnownZone(zone), crossChecks.unknownZone),
    ),
    urgentHours: within('urgentHours'),
    soonHours: within('soonHours'),
    jdPickupRate: v.nullable(within('jdPickupRate')),
    retentionDays: within('retentionDays', true),
    notifyLeadMinutes: v.optional(within('notifyLeadMinutes', true), defaultSettings.notifyLeadMinutes),
    quietHours: v.optional(
      v.nullable(v.object({ from: within('quietHours.from', true), to: within('quietHours.to', true) })),
      null,
    ),
    complianceWords: v.optional(
      v.object({ absolute: wordList(), reviews: wordList(), offPlatform: wordList() }),
      defaultSettings.complianceWords,
    ),
    afterSalesKeywords: v.optional(
      v.object(
        Object.fromEntries(
          Object.keys(defaultSettings.afterSalesKeywords).map((k) => [k, wordList()]),
        ) as Record<keyof Settings['afterSalesKeywords'], ReturnType<typeof wordList>>,
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
  }),
  // "Urgent" is the last stretch of "due soon": a threshold above it would leave no order due soon.
  v.forward(
    v.partialCheck(
      [['urgentHours'], ['soonHours']],
      (s) => s.urgentHours < s.soonHours,
      crossChecks.urgentAboveSoon,
    ),
    ['urgentHours'],
  ),
);

export const SiteSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(80)),
  // The browser's own match-pattern grammar: what the options page accepts, a backup restores.
  pattern: v.pipe(v.string(), v.maxLength(300), v.check(isValidPattern)),
  platform,
  features: v.object({
    countdowns: v.boolean(),
    replies: v.boolean(),
    delayReports: v.boolean(),
    notifications: v.boolean(),
  }),
});

/** An order as a content script read it: only shapes are checked, the page's words are its own. */
export const OrderSchema = v.object({
  id: shortText(200),
  platform,
  status: v.picklist(['pending', 'shipped', 'cancelled', 'completed', 'unpaid', 'unknown']),
  statusText: v.optional(shortText(200)),
  orderTime: v.optional(time),
  payTime: v.optional(time),
  promiseTime: v.optional(time),
  shipTime: v.optional(time),
  pickupTime: v.optional(time),
  pickedUp: v.optional(v.boolean()),
  amount: v.optional(finite),
  presale: v.optional(v.boolean()),
  remark: v.optional(shortText(2000)),
  buyer: v.optional(shortText(200)),
  suspicious: v.optional(v.boolean()),
  unreadable: v.optional(v.array(shortText(200))),
});

/** What a content script reports from one page read. */
export const OrderListSchema = v.array(OrderSchema);

export const SeenOrderSchema = v.object({
  key: shortText(300),
  order: OrderSchema,
  url: shortText(4000),
  seenAt: time,
  firstSeenAt: v.optional(time),
  wasLate: v.optional(v.boolean()),
  shippedSeenAt: v.optional(time),
});

export const ReportSchema = v.object({
  id: shortText(100),
  kind: v.picklist(['card', 'emergency', 'pre-report', 'notice']),
  platform,
  orderKey: v.optional(shortText(300)),
  status: v.picklist(['pending', 'accepted', 'refused', 'expired']),
  reason: v.picklist(delayReasons),
  createdAt: time,
  decidedAt: v.optional(time),
  newShipTime: v.optional(time),
  evidence: v.optional(v.array(v.picklist(['chat', 'sms', 'call']))),
  coupon: v.optional(nonNegative),
  window: v.optional(v.object({ from: time, to: time })),
  note: v.optional(shortText(2000)),
});

export const TemplateUsageSchema = v.object({
  templateId: shortText(100),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastUsed: time,
});

/** Unique by id: two entries with one id would silently overwrite each other. */
export const uniqueIds = <T extends { id: string }>() =>
  v.check<T[], string>(
    (list) => new Set(list.map((x) => x.id)).size === list.length,
    crossChecks.duplicateId,
  );

// The schemas describe the stored types exactly: a field added to a type and not here fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
const _exact: [
  Same<Out<typeof RuleSchema>, Rule>,
  Same<Out<typeof TemplateSchema>, Template>,
  Same<Out<typeof SettingsSchema>, Settings>,
  Same<Out<typeof SiteSchema>, SiteConfig>,
  Same<Out<typeof OrderSchema>, Order>,
  Same<Out<typeof SeenOrderSchema>, SeenOrder>,
  Same<Out<typeof ReportSchema>, DelayReport>,
] = [true, true, true, true, true, true, true];
