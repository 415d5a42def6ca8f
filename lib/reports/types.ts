import type { Platform } from '../platforms/types';
import type { Evidence } from './presets';

export type DelayReason =
  | 'out-of-stock'
  | 'presale-transfer'
  | 'force-majeure'
  | 'buyer-asked'
  | 'address'
  | 'phone-cancel'
  | 'other';
export const delayReasons: readonly DelayReason[] = [
  'out-of-stock',
  'presale-transfer',
  'force-majeure',
  'buyer-asked',
  'address',
  'phone-cancel',
  'other',
];

/**
 * card: JD 咚咚 delay card (buyer accepts/refuses/ignores 48 h); emergency: JD emergency report with evidence;
 * pre-report: a store-wide window for foreseeable events (JD); notice: a new time told to the buyer, which moves
 * no deadline (on PDD a late order stays late, whatever the buyer answers).
 */
export type ReportKind = 'card' | 'emergency' | 'pre-report' | 'notice';
export type ReportStatus = 'pending' | 'accepted' | 'refused' | 'expired';

export interface DelayReport {
  id: string;
  kind: ReportKind;
  platform: Platform;
  /** `<platform>:<id>`; absent for a store-wide pre-report. */
  orderKey?: string;
  status: ReportStatus;
  reason: DelayReason;
  createdAt: number;
  decidedAt?: number;
  /** The new ship time agreed with the buyer (card, emergency, notice). */
  newShipTime?: number;
  evidence?: Evidence[];
  /** PDD notice: the apology coupon offered, in yuan (the merchant's amount; no source gives one). */
  coupon?: number;
  /** A pre-report's window. */
  window?: { from: number; to: number };
  note?: string;
}
