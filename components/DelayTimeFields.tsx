import type { Translate } from '@/lib/i18n/translate';
import { SUGGESTED_DELAY_HOURS, SUGGESTED_WINDOW_DAYS, type TimeSource } from '@/lib/reports/dialog-start';
import { formatTimeInput } from '@/lib/reports/time-input';
import { formatWallClock } from '@/lib/time/china-time';
import type { TimeText } from './use-delay-report';
import { zoneWords } from '@/lib/i18n/zone-words';
import { type PageZone } from '@/lib/time/zone';

/**
 * A time typed as plain text in the page's format (`2026-12-09 18:30`, China time): a browser's date-time field
 * would show its own locale and read the browser's zone.
 */
function TimeTextInput(props: { field: TimeText; name: string; invalid: boolean }) {
  const { field } = props;
  return (
    <input
      type="text"
      inputMode="numeric"
      placeholder="YYYY-MM-DD HH:mm"
      value={field.text}
      data-field={props.name}
      aria-invalid={props.invalid}
      onInput={(e) => field.setText(e.currentTarget.value)}
    />
  );
}

/**
 * The new ship time: flagged when it is not a time, the whole hour offered where the platform promises whole
 * hours, and where the proposed time came from while it is untouched (a suggestion is labelled an estimate).
 */
export function NewShipTimeField(props: {
  t: Translate;
  field: TimeText;
  from: TimeSource;
  toTheHour: boolean;
  wholeHour: number | undefined;
  zone: PageZone;
}) {
  const { t, field, from, wholeHour, zone } = props;
  const invalid = field.text.trim() !== '' && field.at === null;
  return (
    <label>
      <span>{props.toTheHour ? t('delay.newTime') : t('delay.newTimeAny')}</span>
      <TimeTextInput field={field} name="newTime" invalid={invalid} />
      <small class="format">
        {t(invalid ? 'delay.timeInvalid' : 'delay.timeFormat', { zone: zoneWords(zone, t) })}
      </small>
      {wholeHour !== undefined && (
        <small data-sd-whole-hour>
          {t('delay.wholeHourNeeded', { time: formatWallClock(wholeHour, zone) })}{' '}
          <button
            type="button"
            data-sd-action="use-whole-hour"
            onClick={() => field.setText(formatTimeInput(wholeHour, zone))}
          >
            {t('delay.useWholeHour', { time: formatWallClock(wholeHour, zone) })}
          </button>
        </small>
      )}
      {field.proposed && from === 'suggestion' && (
        <small data-sd-estimate>{t('delay.suggestedTime', { hours: SUGGESTED_DELAY_HOURS })}</small>
      )}
      {field.proposed && from === 'promise' && <small>{t('delay.promiseDefault')}</small>}
    </label>
  );
}

/** The end of a pre-report's window; the suggested one is labelled an estimate, beside the platform's maximum. */
export function WindowEndField(props: {
  t: Translate;
  field: TimeText;
  maxDays: number | undefined;
  zone: PageZone;
}) {
  const { t, field, maxDays, zone } = props;
  return (
    <label>
      <span>{t('delay.windowUntil')}</span>
      <TimeTextInput field={field} name="until" invalid={field.at === null} />
      <small class="format">{t('delay.timeFormat', { zone: zoneWords(zone, t) })}</small>
      {field.proposed && maxDays !== undefined && (
        <small data-sd-estimate>
          {t('delay.suggestedWindow', { days: SUGGESTED_WINDOW_DAYS, max: maxDays })}
        </small>
      )}
    </label>
  );
}
