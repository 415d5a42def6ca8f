import type { ReportContext } from '@/components/delay-report-open';
import { loadLazyUi } from '@/components/lazy-ui';
import type { Order } from '@/lib/orders/types';

/**
 * Opens the delay-report helper for an order. Its code, with all it needs to prepare it (`openReportNow`,
 * components/delay-report-open.ts), is injected on first use (entrypoints/delay-dialog.ts).
 */
export function openReport(order: Order, mode: 'delay' | 'abnormal', c: ReportContext): void {
  loadLazyUi('delay-dialog')
    .then((open) => open(order, mode, c))
    .catch((e: unknown) => console.error('[seller-desk] delay reports: the helper could not open', e));
}
