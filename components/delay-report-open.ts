import { ensureCatalogs } from '@/components/catalogs';
import { request } from '@/components/client';
import { openDelayDialog } from '@/components/delay-dialog-host';
import { supportedLocales, type Translate } from '@/lib/i18n/translate';
import type { DelayReport } from '@/lib/reports/types';
import type { Rule } from '@/lib/rules/types';
import type { PageSettings } from '@/lib/settings/page';
import type { Order } from '@/lib/orders/types';
import { reportRules } from '@/lib/reports/presets';
import { assessWithReports } from '@/lib/rules/with-reports';
import { orderTemplates } from '@/lib/templates/suggest';

/** What the helper needs from the list it is opened on. */
export interface ReportContext {
  rules: readonly Rule[];
  settings: PageSettings;
  t: Translate;
  reports: () => DelayReport[];
  onChange: (report: DelayReport) => void;
}

/**
 * The helper's opening, in its own lazily loaded script: the buyer-notice template and the four languages (the
 * report and the notice can be written in any of them) are fetched first.
 */
export function openReportNow(order: Order, mode: 'delay' | 'abnormal', c: ReportContext): void {
  const now = Date.now();
  const reports = c.reports();
  const { assessment } = assessWithReports(order, c.rules, c.settings, reports, now);
  // The abnormal-order path exists on JD only: elsewhere the same button (if an older badge shows one) opens the
  // delay helper, which prepares the buyer notice.
  const props = {
    order,
    assessment,
    mode: mode === 'abnormal' && !reportRules[order.platform].abnormalPath ? ('delay' as const) : mode,
    t: c.t,
    zone: c.settings.pageTimeZone,
  };
  void Promise.all([request('templates/list', {}).catch(() => []), ensureCatalogs(supportedLocales)])
    .then(([templates]) =>
      openDelayDialog({
        ...props,
        reports: c.reports,
        onChange: c.onChange,
        // The platform's own delay notice first (PDD: refund at once), else the general one.
        template: orderTemplates(templates, ['notice-delay'], order.platform).suggested[0],
      }),
    )
    .catch((e: unknown) => console.error('[seller-desk] delay reports: the helper could not open', e));
}
