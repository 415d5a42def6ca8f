import { plural, type Locale, type Translate } from '@/lib/i18n';
import { currentStatus } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import type { JdScore, PlatformWeek } from '@/lib/rules/weekly';
import { formatWallClock } from '@/lib/time/china-time';
import type { PageZone } from '@/lib/time/zone';
import { zoneWords } from '@/lib/i18n/zone-words';

interface Props {
  weeks: PlatformWeek[];
  score: JdScore;
  reports: DelayReport[];
  t: Translate;
  locale: Locale;
  zone: PageZone;
  now: number;
}

/**
 * JD's 48 h pickup rate from the times the pages show: the rate, how many orders it rests on and on which times,
 * and the flat weekly charge when it falls below the rule's threshold.
 */
function PickupScore({ score, t, locale }: { score: JdScore; t: Translate; locale: Locale }) {
  if (score.judged === 0 && score.unjudged === 0) return null;
  const rate = score.rate === null ? null : Math.round(score.rate * 1000) / 10;
  const low = rate !== null && score.lowRateBelow !== undefined && rate < score.lowRateBelow;
  return (
    <div data-sd-jd-score data-sd-judged={score.judged}>
      {rate !== null && (
        <p class={low ? 'score warn' : 'score'}>
          {plural(t, locale, 'popup.pickupScoreN', score.judged, { rate })}
          {low && (
            <span>
              {' '}
              {t('popup.pickupRisk', { rate: score.lowRateBelow ?? '', flat: score.lowRateFlat ?? '' })}
            </span>
          )}
        </p>
      )}
      {rate !== null && (
        <p class="score" data-sd-jd-score-basis>
          {t('popup.pickupBasis', {
            byPickup: score.byPickup,
            byShip: score.byShip,
            byStatus: score.byStatus,
            hours: score.hours ?? '',
          })}
          {score.byPickup > 0 && ` · ${plural(t, locale, 'popup.pickupSameDayN', score.sameDay)}`}
        </p>
      )}
      {score.unjudged > 0 && (
        <p class="score">{plural(t, locale, 'popup.pickupUnjudgedN', score.unjudged)}</p>
      )}
    </div>
  );
}

/** This week's estimated penalties per platform, the JD pickup estimate, and reports awaiting an answer. */
export function WeekSection({ weeks, score, reports, t, locale, zone, now }: Props) {
  const pending = reports.filter((r) => r.kind !== 'notice' && currentStatus(r, now) === 'pending');
  return (
    <section class="week" data-sd-week>
      <h2 title={t('rules.weekStart', { zone: zoneWords(zone, t) })}>{t('popup.week')}</h2>
      {weeks.length === 0 ? (
        <p class="muted">{t('popup.weekNone')}</p>
      ) : (
        <ul>
          {weeks.map((w) => {
            const platform = t(`platform.${w.platform}`);
            // Each count in its own plural form: "1 tardío · 1 punto", "3 late · 6 points".
            const late = plural(t, locale, 'popup.late', w.late);
            const amount =
              w.unit === 'points'
                ? plural(t, locale, 'popup.points', w.amount)
                : w.unit === 'cny'
                  ? t('popup.cny', { amount: w.amount.toFixed(2) })
                  : t('popup.amountUnknown');
            const text = t('popup.weekLine', { platform, late, amount });
            return (
              <li key={w.platform} data-sd-penalty-week={w.platform}>
                {text}
                {w.flat ? (
                  <span class="warn"> · {t('popup.flat')}</span>
                ) : w.capped ? (
                  <span class="muted"> · {t('popup.capped')}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <PickupScore score={score} t={t} locale={locale} />
      {pending.length > 0 && (
        <>
          <h2>{t('popup.pending')}</h2>
          <ul data-sd-pending-reports>
            {pending.map((r) => (
              <li key={r.id}>
                {t(`delay.kind.${r.kind}`)} · {r.orderKey?.split(':').slice(1).join(':') ?? ''}
                {r.newShipTime !== undefined && ` → ${formatWallClock(r.newShipTime, zone)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
