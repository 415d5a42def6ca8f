import { render } from 'preact';
import { request } from '@/components/client';
import { DelayReportDialog, type DelayDialogProps } from '@/components/DelayReportDialog';
// Imported from its own module only: a second export of the same name makes WXT's auto-import scan warn.
import { delayDialogCss } from '@/components/delay-dialog-css';
import { createShadowHost } from '@/components/shadow-host';
import type { DelayReport } from '@/lib/reports/types';

type Open = Omit<DelayDialogProps, 'onSave' | 'onDecide' | 'onClose' | 'reports' | 'now'> & {
  reports: () => DelayReport[];
  /** Called with every report saved or decided, so the rows can be redrawn. */
  onChange: (report: DelayReport) => void;
};

let closeCurrent: (() => void) | undefined;

/** Opens the delay-report helper over the page (one at a time), in its own shadow root. */
export function openDelayDialog(props: Open): () => void {
  closeCurrent?.();
  const { host, root } = createShadowHost('sd-dialog', delayDialogCss);
  const close = () => {
    render(null, root);
    host.remove();
    if (closeCurrent === close) closeCurrent = undefined;
  };
  const key = `${props.order.platform}:${props.order.id}`;
  const draw = () =>
    render(
      <DelayReportDialog
        {...props}
        now={Date.now()}
        reports={props
          .reports()
          .filter(
            (r) => r.orderKey === key || (r.kind === 'pre-report' && r.platform === props.order.platform),
          )}
        onClose={close}
        onSave={async (report) => {
          const result = await request('reports/create', { report });
          if (!result.ok) return result.refusal;
          props.onChange(result.report);
          draw();
          return null;
        }}
        onDecide={async (report, status) => {
          const decided = await request('reports/decide', { id: report.id, status });
          if (decided) props.onChange(decided);
          draw();
        }}
      />,
      root,
    );
  document.body.append(host);
  draw();
  closeCurrent = close;
  return close;
}
