import type { Confidence, Platform } from '../platforms/types';

// Declared with the platforms (a lower layer) because delay procedures (lib/reports) rate their numbers too.
export type { Confidence };

export type Penalty =
  | { kind: 'none' }
  /** Store points per late order, capped per week; a flat weekly charge when the pickup rate is low (JD). */
  | { kind: 'points'; points: number; weeklyCap: number; lowRateFlat?: number; lowRateBelow?: number }
  /** A fixed amount in CNY per late order (paid to the buyer or deducted from the deposit). */
  | { kind: 'cny'; amount: number; maxPerOrder?: number; dailyCap?: number }
  /** A share of the amount paid, clamped to [min, max] CNY. */
  | { kind: 'percent'; percent: number; min: number; max: number };

/** A passage of a platform help text (docs/sources/<file>), verbatim, that a rule encodes. */
export interface SourceQuote {
  /** File name under docs/sources/, e.g. `jd-shipping-faq.zh.txt`. */
  file: string;
  /** The passage in the source's own language; separate passages are joined with ` … `. */
  text: string;
}

export interface Rule {
  /** Stable id, `<platform>.<what>`; user-made rules get `custom.<n>`. */
  id: string;
  platform: Platform;
  enabled: boolean;
  /** Which orders the rule covers. */
  appliesTo: 'all' | 'regular' | 'presale';
  /**
   * What the deadline means: `ship` (waybill uploaded / marked shipped) drives the countdown;
   * `pickup` (courier scan) is a second milestone shown in the explanation and used for store scores.
   */
  milestone: 'ship' | 'pickup';
  /** A promised/latest ship time printed on the page wins over the computed one. */
  usePagePromise: boolean;
  /** When the clock starts if the page shows no promise; `null` limit = only the page's promise counts. */
  clockStart: 'order' | 'payment';
  limitHours: number | null;
  penalty: Penalty;
  source: string;
  confidence: Confidence;
  /** The help-text passage behind the rule's numbers; absent when no source states them (an estimate). */
  quote?: SourceQuote;
  /** Lower runs first when several rules cover the same order. */
  priority: number;
  /** Changed by the merchant: preset updates never overwrite it. */
  edited?: boolean;
}

export interface AssessSettings {
  urgentHours: number;
  soonHours: number;
  /** JD store's weekly 48 h pickup rate in %, when the merchant has entered it. */
  jdPickupRate: number | null;
}

export const defaultAssessSettings: AssessSettings = { urgentHours: 2, soonHours: 12, jdPickupRate: null };
