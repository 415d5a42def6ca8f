import type { Translate } from '@/lib/i18n';
import type { Penalty } from '@/lib/rules/types';

export function penaltyText(p: Penalty, t: Translate): string {
  switch (p.kind) {
    case 'none':
      return t('penalty.none');
    case 'points':
      return t('penalty.points', { points: p.points, cap: p.weeklyCap });
    case 'cny':
      return t('penalty.cny', { amount: p.amount.toFixed(2) });
    case 'percent':
      return t('penalty.percent', { percent: p.percent, min: p.min, max: p.max });
  }
}
