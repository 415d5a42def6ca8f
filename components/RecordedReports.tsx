import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import { currentStatus, platformHas } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import { formatWallClock } from '@/lib/time/china-time';
import type { PageZone } from '@/lib/time/zone';

interface Props {
  order: Pick<Order, 'platform'>;
  reports: DelayReport[];
  t: Translate;
  zone: PageZone;
  now: number;
  onDecide: (report: DelayReport, status: 'accepted' | 'refused') => Promise<void>;
}

/** The reports already recorded for an order, each with its state, and the buyer's answer to mark for JD's own. */
export function RecordedReports({ order, reports, t, zone, now, onDecide }: Props) {
  if (reports.length === 0) return null;
  return (
    <ul class="existing" data-sd-reports>
      {reports.map((r) => {
        const status = currentStatus(r, now);
        return (
          <li key={r.id} data-status={status}>
            {t(`delay.kind.${r.kind}`)} ·{' '}
            {r.kind === 'notice' ? t('delay.noticeSent') : t(`delay.status.${status}`)}
            {r.newShipTime !== undefined && ` · ${formatWallClock(r.newShipTime, zone)}`}
            {/* Only a platform's own answer (JD card, emergency or pre-report) is decided here: a notice
                has no "accepted" that could move a deadline. */}
            {status === 'pending' && r.kind !== 'notice' && platformHas(order.platform, r.kind) && (
              <span class="decide">
                <button
                  type="button"
                  data-sd-action="report-accepted"
                  onClick={() => void onDecide(r, 'accepted')}
                >
                  {t('delay.markAccepted')}
                </button>
                <button type="button" onClick={() => void onDecide(r, 'refused')}>
                  {t('delay.markRefused')}
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
