import type { Order } from '../orders/types';
import type { Platform } from '../platforms/types';
import { presetRules } from './presets';
import type { AssessSettings, Penalty } from './types';

export interface PenaltyRisk {
  /** `points:1`, `cny:3.00` — the `data-sd-penalty` value. */
  code: string;
  unit: 'points' | 'cny';
  amount: number;
  /** The formula was clamped or had to assume a value (percent with no amount on the page). */
  note?: 'min-assumed' | 'low-rate-flat';
}

/** The risk if this order ships late, or null when the rule carries no penalty. */
export function penaltyRisk(penalty: Penalty, order: Order, settings: AssessSettings): PenaltyRisk | null {
  switch (penalty.kind) {
    case 'none':
      return null;
    case 'points': {
      const lowRate =
        penalty.lowRateFlat !== undefined &&
        penalty.lowRateBelow !== undefined &&
        settings.jdPickupRate !== null &&
        settings.jdPickupRate < penalty.lowRateBelow;
      return {
        code: `points:${penalty.points}`,
        unit: 'points',
        amount: penalty.points,
        ...(lowRate ? { note: 'low-rate-flat' as const } : {}),
      };
    }
    case 'cny':
      return { code: `cny:${penalty.amount.toFixed(2)}`, unit: 'cny', amount: penalty.amount };
    case 'percent': {
      if (order.amount === undefined) {
        return {
          code: `cny:${penalty.min.toFixed(2)}`,
          unit: 'cny',
          amount: penalty.min,
          note: 'min-assumed',
        };
      }
      const raw = Math.round(order.amount * penalty.percent) / 100;
      const amount = Math.min(penalty.max, Math.max(penalty.min, raw));
      return { code: `cny:${amount.toFixed(2)}`, unit: 'cny', amount };
    }
  }
}

/**
 * The numbers a penalty kind starts with when the merchant picks it in the rule editor: the same platform's
 * preset of that kind, else blanks (NaN) to fill in. Never another platform's numbers: JD's points on a
 * Douyin rule, or PDD's ¥3 on Taobao, would present one platform's rule as another's.
 */
export function starterPenalty(kind: Penalty['kind'], platform: Platform): Penalty {
  const own = presetRules.find((r) => r.platform === platform && r.penalty.kind === kind)?.penalty;
  if (own) return structuredClone(own);
  switch (kind) {
    case 'none':
      return { kind };
    case 'points':
      return { kind, points: NaN, weeklyCap: NaN };
    case 'cny':
      return { kind, amount: NaN };
    case 'percent':
      return { kind, percent: NaN, min: NaN, max: NaN };
  }
}
