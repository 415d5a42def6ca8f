import type { BadgeState } from '@/components/risk-badge';
import type { Locale, Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Assessment } from '@/lib/rules/assess';
import { badgeText, explain } from '@/lib/rules/explain';
import type { ReportEffect } from '@/lib/reports/effect';
import { effectLines, refusedNote } from '@/lib/reports/explain-effect';
import { lockedWords } from '@/lib/orders';
import { reportRules } from '@/lib/reports/presets';
import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';

export interface BadgeWords {
  t: Translate;
  locale: Locale;
  rules: readonly Rule[];
  settings: Settings;
  openReport: (order: Order, mode: 'delay' | 'abnormal') => void;
}

/**
 * A JD order the page shows as 锁定 (locked, usually a risk-control hold) keeps its clock: the tooltip names the
 * page's word and says it must still ship on time once unlocked.
 */
function lockedLines(order: Order, t: Translate): string[] {
  const shown = order.statusText;
  if (order.status !== 'pending' || !shown) return [];
  const word = lockedWords.find((w) => shown.toLowerCase().includes(w.toLowerCase()));
  return word ? [t('overlay.locked', { status: word })] : [];
}

/** What a row's badge says: countdown, penalty, tooltip, pending report, and the report actions when at risk. */
export function badgeState(order: Order, a: Assessment, effect: ReportEffect, w: BadgeWords): BadgeState {
  const { t, locale, rules, settings } = w;
  const zone = settings.pageTimeZone;
  const moved = effect.moved?.newShipTime;
  const text = explain(a, {
    t,
    locale,
    rules,
    zone,
    order,
    ...(moved !== undefined ? { movedByReport: moved } : {}),
  });
  const atRisk = a.level === 'overdue' || a.level === 'urgent' || a.level === 'soon';
  return {
    level: a.level,
    text: text.badge,
    short: badgeText(a, t, locale, true),
    penalty: text.penalty,
    title: [...text.lines, ...lockedLines(order, t), ...effectLines(order, effect, t, zone)].join('\n'),
    label: t('overlay.badgeLabel', { level: t(`level.${a.level}`) }),
    note: effect.pending
      ? t('overlay.reportPending')
      : effect.refused
        ? refusedNote(effect.refused, t)
        : undefined,
    pickup: text.pickup,
    actions:
      atRisk && settings.features.delayReports
        ? [
            { action: 'delay-report', label: t('delay.action'), onClick: () => w.openReport(order, 'delay') },
            // The abnormal-order report is JD's (jd-shipping-faq: 异常下单提报); other platforms name no such path.
            ...(reportRules[order.platform].abnormalPath
              ? [
                  {
                    action: 'abnormal',
                    label: t('delay.abnormalAction'),
                    onClick: () => w.openReport(order, 'abnormal'),
                  },
                ]
              : []),
          ]
        : [],
  };
}
