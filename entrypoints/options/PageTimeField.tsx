import type { Translate } from '@/lib/i18n';
import { settingLimits, type Settings } from '@/lib/settings';
import { NumberField } from './NumberField';

/*
 * The time zone the back-office pages print their times in, as a UTC offset in hours. Everything about it in
 * the settings form lives here (the field, its text in the form's draft and back, its name in words), so that
 * the field can change alone.
 */

/** The field's text in the settings form's draft. */
export const pageTimeDraft = (settings: Settings) => ({
  offsetHours: String(settings.pageOffsetMinutes / 60),
});

/** The stored setting from the hours typed (the schema refuses what is out of range or not a number). */
export const pageOffsetMinutesOf = (hours: number) => Math.round(hours * 60);

/** The pages' zone in words, for fields read on the pages' clock (quiet hours); China time by default. */
export function pageZoneName(offsetMinutes: number, t: Translate): string {
  return offsetMinutes === 480
    ? t('options.zoneChina')
    : t('options.zoneUtc', { offset: `${offsetMinutes < 0 ? '−' : '+'}${Math.abs(offsetMinutes) / 60}` });
}

export function PageTimeField({
  hours,
  t,
  onInput,
}: {
  hours: string | undefined;
  t: Translate;
  onInput: (v: string) => void;
}) {
  return (
    <NumberField
      id="sd-offset"
      label={t('options.timeZone')}
      value={Number(hours)}
      {...settingLimits.pageOffsetHours}
      step={0.5}
      onInput={onInput}
    />
  );
}
