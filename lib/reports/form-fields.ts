import { foldWidth } from '../time/china-time';

export type ReportFormField = 'orderId' | 'newTime' | 'reason' | 'explanation';

/** Labels of the platforms' delay-report forms (order number, new ship time, reason, explanation). */
const labels: Record<ReportFormField, RegExp> = {
  orderId: /订单号|订单编号|訂單編號|order (no|id|number)/i,
  newTime:
    /(新的|预计|預計|承诺|承諾)?(发货|發貨|出库|出貨)时间|(发货|發貨)時間|new ship time|ship(ping)? date/i,
  reason: /(延迟|延遲)?原因|reason|motivo/i,
  explanation: /(情况|情況)说明|說明|备注|說明|explanation|details|descripción/i,
};

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The text that names a form control: its <label>, aria-label, placeholder, or its form item's label. */
function labelOf(control: Control): string {
  const doc = control.ownerDocument;
  const byFor = control.id ? doc.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  const wrapping = control.closest('label');
  // The control's own form item: a named wrapper if there is one, else its parent.
  const item =
    control.closest('[class*="form-item"], [class*="FormItem"], [class*="form-row"], tr, li') ??
    control.parentElement;
  const itemLabel = item?.querySelector('label, [class*="label"], th, dt')?.textContent;
  return foldWidth(
    [
      byFor?.textContent,
      wrapping?.textContent,
      control.getAttribute('aria-label'),
      control.getAttribute('placeholder'),
      itemLabel,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/**
 * Finds a delay-report form on the page: it must name at least the order number and the new ship
 * time; reason and explanation are filled when present. Null when the page has no such form.
 */
export function findReportForm(root: Element): Partial<Record<ReportFormField, Control>> | null {
  const controls = Array.from(
    root.querySelectorAll<Control>(
      'input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio]), textarea, select',
    ),
  );
  const found: Partial<Record<ReportFormField, Control>> = {};
  for (const control of controls) {
    if (control.closest('[data-sd-ui]')) continue;
    const label = labelOf(control);
    const field = (Object.keys(labels) as ReportFormField[]).find((f) => !found[f] && labels[f].test(label));
    if (field) found[field] = control;
  }
  return found.orderId && found.newTime ? found : null;
}
