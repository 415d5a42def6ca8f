import type { BadgeState } from '@/components/risk-badge';
import type { Locale, Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Assessment } from '@/lib/rules/assess';
import { badgeFace, badgeText } from '@/lib/rules/explain';
import type { ReportEffect } from '@/lib/reports/effect';
import { refusedNote } from '@/lib/reports/explain-effect';
import { reportRules } from '@/lib/reports/presets';
import type { Rule } from '@/lib/rules/types';
import type { PageSettings } from '@/lib/settings/page';

export interface BadgeWords {
  t: Translate;
  locale: Locale;
  rules: readonly Rule[];
  settings: PageSettings;
  openReport: (order: Order, mode: 'delay' | 'abnormal') => void;
}

/**
 * What a row's badge says: countdown, penalty, pending report, the report actions when at risk, and what its
 * explanation is built from when it is first hovered, focused or opened (components/badge-more.ts).
 */
export function badgeState(order: Order, a: Assessment, effect: ReportEffect, w: BadgeWords): BadgeState {
  const { t, locale, rules, settings } = w;
  const text = badgeFace(a, { t, locale, rules });
  const atRisk = a.level === 'overdue' || a.level === 'urgent' || a.level === 'soon';
  return {
    level: a.level,
    text: text.badge,
    short: badgeText(a, t, locale, true),
    penalty: text.penalty,
    why: { order, assessment: a, effect, t, locale, rules, zone: settings.pageTimeZone },
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
