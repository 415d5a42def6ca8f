import { useMemo } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { CHINA_ZONE, type PageZone } from '@/lib/time/zone';
import { zoneChoices, type ZoneChoice } from '@/lib/time/zone-choices';
import { fixedZoneHours } from '@/lib/time/zone-for-offset';

/** Every zone name this browser knows (absent before Chrome 99 / Firefox 93: China and the fixed zones remain). */
const supportedZones = (): string[] =>
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** A short fixed offset for the merchant: `+8`, `−5`, `+5:30`. */
const shortOffset = (minutes: number) => {
  const abs = Math.abs(minutes);
  const rest = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return `${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}${rest}`;
};

/** The page's zone in words: "China time (UTC+8…)", "the pages' time (America/New_York)", fixed ones as UTC+h. */
export function pageZoneText(zone: PageZone, t: Translate): string {
  if (zone === CHINA_ZONE) return t('options.zoneChina');
  const hours = fixedZoneHours(zone);
  return t('options.zoneNamed', { zone: hours === null ? zone : `UTC${shortOffset(hours * 60)}` });
}

function label(c: ZoneChoice, t: Translate): string {
  if (c.zone === CHINA_ZONE) return t('options.zoneChina');
  if (fixedZoneHours(c.zone) !== null) return t('options.zoneFixed', { offset: shortOffset(c.offset) });
  return `${c.zone} (UTC${shortOffset(c.offset)})`;
}

/** The page time zone: China first, then every named zone with its offset today, then the fixed offsets. */
export function ZoneField(props: { value: PageZone; t: Translate; onInput: (zone: string) => void }) {
  const { value, t } = props;
  const choices = useMemo(() => zoneChoices(value, Date.now(), supportedZones()), [value]);
  const option = (c: ZoneChoice) => (
    <option key={c.zone} value={c.zone}>
      {label(c, t)}
    </option>
  );
  return (
    <label class="field" for="sd-zone">
      <span>{t('options.timeZone')}</span>
      <select
        id="sd-zone"
        value={value}
        aria-describedby="sd-zone-help"
        onChange={(e) => props.onInput(e.currentTarget.value)}
      >
        {choices.first.map(option)}
        <optgroup label={t('options.zonePlaces')}>{choices.places.map(option)}</optgroup>
        <optgroup label={t('options.zoneFixedGroup')}>{choices.fixed.map(option)}</optgroup>
      </select>
      <small id="sd-zone-help" class="small muted">
        {t('options.timeZoneHelp')}
      </small>
    </label>
  );
}
