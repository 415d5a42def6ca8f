import type { Locale, Translate } from '@/lib/i18n';
import { currentStatus } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import type { JdScore, PlatformWeek } from '@/lib/rules/weekly';
import { formatWallClock } from '@/lib/time/china-time';

interface Props {
  weeks: PlatformWeek[];
  score: JdScore;
  reports: DelayReport[];
  t: Translate;
  locale: Locale;
  offsetMinutes: number;
  now: number;
}

/** This week's estimated penalties per platform, the JD pickup estimate, and reports awaiting an answer. */
export function WeekSection({ weeks, score, reports, t, offsetMinutes, now }: Props) {
  const pending = reports.filter((r) => r.kind !== 'notice' && currentStatus(r, now) === 'pending');
  return (
    <section class="week" data-sd-week>
      <h2 title={t('rules.weekStart')}>{t('popup.week')}</h2>
      {weeks.length === 0 ? (
        <p class="muted">{t('popup.weekNone')}</p>
      ) : (
        <ul>
          {weeks.map((w) => {
            const platform = t(`platform.${w.platform}`);
            const text =
              w.unit === 'points'
                ? t('popup.weekPoints', { platform, late: w.late, amount: w.amount })
                : w.unit === 'cny'
                  ? t('popup.weekCny', { platform, late: w.late, amount: w.amount.toFixed(2) })
                  : t('popup.weekUnknown', { platform, late: w.late });
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
      {score.rate !== null && (
        <p class={score.rate < 0.95 ? 'score warn' : 'score'} data-sd-jd-score>
          {t('popup.jdScore', {
            rate: Math.round(score.rate * 1000) / 10,
            judged: score.judged,
            sameDay: score.sameDay,
          })}
          {score.rate < 0.95 && <span> {t('popup.jdRisk')}</span>}
        </p>
      )}
      {pending.length > 0 && (
        <>
          <h2>{t('popup.pending')}</h2>
          <ul data-sd-pending-reports>
            {pending.map((r) => (
              <li key={r.id}>
                {t(`delay.kind.${r.kind}`)} · {r.orderKey?.split(':').slice(1).join(':') ?? ''}
                {r.newShipTime !== undefined && ` → ${formatWallClock(r.newShipTime, offsetMinutes)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
