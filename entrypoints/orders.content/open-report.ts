import { loadLazyUi } from '@/components/lazy-ui';
import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import type { DelayReport } from '@/lib/reports/types';

export interface ReportContext {
  rules: readonly Rule[];
  settings: Settings;
  t: Translate;
  reports: () => DelayReport[];
  onChange: (report: DelayReport) => void;
}

/**
 * Opens the delay-report helper for an order. Its code, with all it needs to prepare it (`openReportNow`,
 * components/delay-report-open.ts), is injected on first use (entrypoints/delay-dialog.ts).
 */
export function openReport(order: Order, mode: 'delay' | 'abnormal', c: ReportContext): void {
  loadLazyUi('delay-dialog')
    .then((open) => open(order, mode, c))
    .catch((e: unknown) => console.error('[seller-desk] delay reports: the helper could not open', e));
}
