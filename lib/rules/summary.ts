import type { Platform } from '../platforms/types';
import type { SeenOrder } from '../orders/seen';
import type { DelayReport } from '../reports/types';
import type { Assessment } from './assess';
import type { AssessSettings, Rule } from './types';
import { assessWithReports } from './with-reports';

export type RiskLevel = 'overdue' | 'urgent' | 'soon' | 'ok';
export const riskLevels: readonly RiskLevel[] = ['overdue', 'urgent', 'soon', 'ok'];

export interface RiskItem {
  seen: SeenOrder;
  assessment: Assessment & { deadline: number; level: RiskLevel };
}

export interface Summary {
  counts: Record<RiskLevel, number>;
  /** Pending orders, most urgent first. */
  top: RiskItem[];
  /** When each platform's list was last read. */
  lastRead: Partial<Record<Platform, number>>;
}

const isRisk = (a: Assessment): a is RiskItem['assessment'] =>
  a.deadline !== undefined && (riskLevels as readonly string[]).includes(a.level);

/** Re-assesses every seen order at `now`: counts by level and the most urgent ones. */
export function summarize(
  seen: readonly SeenOrder[],
  rules: readonly Rule[],
  settings: AssessSettings,
  now: number,
  reports: readonly DelayReport[] = [],
  topSize = 10,
): Summary {
  const counts: Record<RiskLevel, number> = { overdue: 0, urgent: 0, soon: 0, ok: 0 };
  const lastRead: Summary['lastRead'] = {};
  const items: RiskItem[] = [];
  for (const s of seen) {
    const platform = s.order.platform;
    lastRead[platform] = Math.max(lastRead[platform] ?? 0, s.seenAt);
    const { assessment } = assessWithReports(s.order, rules, settings, reports, now);
    if (!isRisk(assessment)) continue;
    counts[assessment.level]++;
    items.push({ seen: s, assessment });
  }
  items.sort((a, b) => a.assessment.deadline - b.assessment.deadline);
  return { counts, top: items.slice(0, topSize), lastRead };
}
