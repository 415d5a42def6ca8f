import { defaultSettings, type Settings } from './index';
import { sameValue } from '../values/same-value';

/** Settings whose value is a set of independent entries: a patch changes them entry by entry. */
const nestedKeys = ['features', 'complianceWords', 'afterSalesKeywords'] as const;
type NestedKey = (typeof nestedKeys)[number];

/**
 * A change to some settings, and only to them: two pages changing different settings (or different
 * feature switches) at the same time both keep their change.
 */
export type SettingsPatch = Partial<Omit<Settings, NestedKey>> & {
  [K in NestedKey]?: Partial<Settings[K]>;
};

const isNested = (key: string): key is NestedKey => (nestedKeys as readonly string[]).includes(key);

/** The stored record with every setting added since it was written at its default. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const value = { ...defaultSettings, ...stored };
  // Features added after the record was written default to on.
  return { ...value, features: { ...defaultSettings.features, ...stored?.features } };
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    next[key] = isNested(key) ? { ...current[key], ...(value as object) } : value;
  }
  return next as unknown as Settings;
}

/** Each setting a patch changes, as a path: `urgentHours`, `features.countdowns`. */
function patchPaths(patch: SettingsPatch): string[][] {
  return Object.entries(patch).flatMap(([key, value]) =>
    value === undefined
      ? []
      : isNested(key)
        ? Object.keys(value as object).map((entry) => [key, entry])
        : [[key]],
  );
}

const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], value);

/**
 * The settings a patch would overwrite although they changed since `base` (what the page loaded):
 * someone else's newer change. A setting already at the patch's value is no conflict.
 */
export function settingsConflicts(current: Settings, base: Settings, patch: SettingsPatch): string[] {
  return patchPaths(patch)
    .filter((path) => !sameValue(at(current, path), at(base, path)))
    .filter((path) => !sameValue(at(current, path), at(patch, path)))
    .map((path) => path.join('.'));
}

/** Only what differs between what the page loaded and what the merchant submitted. */
export function diffSettings(base: Settings, next: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (sameValue(base[key], next[key])) continue;
    if (!isNested(key)) {
      patch[key] = next[key];
      continue;
    }
    const entries = Object.entries(next[key]).filter(
      ([entry, value]) => !sameValue((base[key] as Record<string, unknown>)[entry], value),
    );
    patch[key] = Object.fromEntries(entries);
  }
  return patch as SettingsPatch;
}
