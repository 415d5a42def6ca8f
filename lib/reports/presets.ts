import type { Confidence } from '../rules/types';

/** The platforms' delay-report procedures (PLATFORMS.md), as data: numbers live here, nowhere else. */
export interface ReportRules {
  /** The 咚咚 delay card: how often per order, and how long the buyer has to answer. */
  card: { perOrder: number; answerHours: number } | null;
  /** Emergency report with evidence: review time. */
  emergency: { reviewHours: number; evidence: Evidence[] } | null;
  /** Pre-report for foreseeable events: how far ahead it may cover. */
  preReport: { maxDays: number } | null;
  /** Promises to the buyer must name a whole hour. */
  promiseToTheHour: boolean;
  /** Malicious orders are reported within this many hours of ordering. */
  maliciousReportHours: number | null;
  source: string;
  confidence: Confidence;
}

export type Evidence = 'chat' | 'sms' | 'call';

export const reportRules: Record<'jd' | 'pdd' | 'taobao' | 'douyin' | 'generic', ReportRules> = {
  jd: {
    card: { perOrder: 1, answerHours: 48 },
    emergency: { reviewHours: 24, evidence: ['chat', 'sms', 'call'] },
    preReport: { maxDays: 7 },
    promiseToTheHour: true,
    maliciousReportHours: 24,
    source: 'JD merchant shipping FAQ (delay report 延迟发货报备)',
    confidence: 'faq',
  },
  pdd: {
    card: null,
    emergency: null,
    preReport: null,
    promiseToTheHour: true,
    maliciousReportHours: null,
    source: 'PDD merchant service process',
    confidence: 'faq',
  },
  taobao: {
    card: null,
    emergency: null,
    preReport: null,
    promiseToTheHour: true,
    maliciousReportHours: null,
    source: 'Taobao/Tmall rule pages',
    confidence: 'weak',
  },
  douyin: {
    card: null,
    emergency: null,
    preReport: null,
    promiseToTheHour: true,
    maliciousReportHours: null,
    source: 'Douyin order fields',
    confidence: 'weak',
  },
  generic: {
    card: null,
    emergency: null,
    preReport: null,
    promiseToTheHour: true,
    maliciousReportHours: null,
    source: 'Seller Desk',
    confidence: 'code',
  },
};
