import type { AfterSalesType } from '@/lib/aftersales/classify';
import { featureNames, type Settings } from '@/lib/settings';
import { wordListText, wordsFromText } from '@/lib/settings/word-lists';
import { optionalNumber, optionalNumberText, requiredNumber } from '@/lib/values/number-text';

/** The settings form's text fields, by key, as typed. */
export type SettingsDraft = Record<string, string>;

/** Only the fields the merchant changed: put back over the newer settings, the other tab's changes stay. */
export interface KeptSettings {
  fields: SettingsDraft;
  locale?: Settings['locale'];
  features?: Partial<Settings['features']>;
}

/** Everything the form edits: its text fields, the language and the feature switches. */
export interface SettingsFormState {
  draft: SettingsDraft;
  locale: Settings['locale'];
  features: Settings['features'];
}

export const afterSalesTypes: AfterSalesType[] = ['refund-only', 'return', 'exchange', 'repair', 'reissue'];
export const complianceKinds = ['absolute', 'reviews', 'offPlatform'] as const;

/** The form's text fields for some settings. */
export const draftOf = (settings: Settings): SettingsDraft => ({
  urgentHours: String(settings.urgentHours),
  soonHours: String(settings.soonHours),
  pageTimeZone: settings.pageTimeZone,
  jdPickupRate: optionalNumberText(settings.jdPickupRate),
  notifyLeadMinutes: String(settings.notifyLeadMinutes),
  quietFrom: settings.quietHours ? String(settings.quietHours.from) : '',
  quietTo: settings.quietHours ? String(settings.quietHours.to) : '',
  ...Object.fromEntries(complianceKinds.map((kind) => [kind, wordListText(settings.complianceWords[kind])])),
  ...Object.fromEntries(
    afterSalesTypes.map((type) => [`as-${type}`, wordListText(settings.afterSalesKeywords[type])]),
  ),
});

/** Half a quiet period would be dropped without a word: both hours or neither. */
export const halfQuietHours = (draft: SettingsDraft): boolean =>
  (optionalNumber(draft.quietFrom ?? '') === null) !== (optionalNumber(draft.quietTo ?? '') === null);

/** The settings the form shows, over `base` (for the schema to check; numbers as typed, NaN when empty). */
export function settingsFromForm({ draft, locale, features }: SettingsFormState, base: Settings): Settings {
  const num = (key: string) => requiredNumber(draft[key] ?? '');
  const words = (key: string) => wordsFromText(draft[key] ?? '');
  const quietFrom = optionalNumber(draft.quietFrom ?? '');
  const quietTo = optionalNumber(draft.quietTo ?? '');
  return {
    ...base,
    locale,
    urgentHours: num('urgentHours'),
    soonHours: num('soonHours'),
    pageTimeZone: draft.pageTimeZone ?? base.pageTimeZone,
    jdPickupRate: optionalNumber(draft.jdPickupRate ?? ''),
    features,
    notifyLeadMinutes: Math.round(num('notifyLeadMinutes')),
    complianceWords: {
      absolute: words('absolute'),
      reviews: words('reviews'),
      offPlatform: words('offPlatform'),
    },
    quietHours:
      quietFrom === null || quietTo === null
        ? null
        : { from: Math.round(quietFrom), to: Math.round(quietTo) },
    afterSalesKeywords: Object.fromEntries(
      afterSalesTypes.map((type) => [type, words(`as-${type}`)]),
    ) as Settings['afterSalesKeywords'],
  };
}

/** The merchant's edits since `from` (the form's starting point). */
export function changedSince(from: Settings, { draft, locale, features }: SettingsFormState): KeptSettings {
  const start = draftOf(from);
  const changed = featureNames.filter((f) => features[f] !== from.features[f]);
  return {
    fields: Object.fromEntries(Object.entries(draft).filter(([k, v]) => start[k] !== v)),
    ...(locale !== from.locale ? { locale } : {}),
    ...(changed.length ? { features: Object.fromEntries(changed.map((f) => [f, features[f]])) } : {}),
  };
}

/** Those edits put back over the form as it is now (the newer settings). */
export const withKept = (form: SettingsFormState, kept: KeptSettings): SettingsFormState => ({
  draft: { ...form.draft, ...kept.fields },
  locale: kept.locale ?? form.locale,
  features: kept.features ? { ...form.features, ...kept.features } : form.features,
});

export const formOf = (settings: Settings): SettingsFormState => ({
  draft: draftOf(settings),
  locale: settings.locale,
  features: settings.features,
});
