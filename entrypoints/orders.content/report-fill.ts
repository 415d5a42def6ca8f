import { ensureCatalogs, loadPageConfig } from '@/components/catalogs';
import { h, show } from '@/components/dom';
import { setNativeValue } from '@/components/insert-text';
import { uiLocale } from '@/components/locale';
import { createShadowHost } from '@/components/shadow-host';
import { createTranslator, type Translate } from '@/lib/i18n/translate';
import type { findReportForm } from '@/lib/reports/form-fields';
import { platformHas } from '@/lib/reports/lifecycle';
import type { DelayReport } from '@/lib/reports/types';
import { formatWallClock, toZonedIso, type PageZone } from '@/lib/time/china-time';

const RECENT_MS = 6 * 3_600_000;

const css = `
:host { all: initial; display: block; margin: 8px 0; }
button { font: 600 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; cursor: pointer;
  border: 1px solid #1a73e8; color: #1a73e8; background: #fff; border-radius: 6px; padding: 4px 12px; }
span { font: 12px/1.5 system-ui, sans-serif; color: #1e6b34; margin-left: 8px; }
`;

type ReportForm = NonNullable<ReturnType<typeof findReportForm>>;
type Fillable = DelayReport & { orderKey: string; newShipTime: number };

/** The merchant's latest recent report that has a platform form to fill (one with an order and a new time). */
function latestFillable(reports: readonly DelayReport[], now: number): Fillable | undefined {
  return (
    reports
      .filter((r): r is Fillable => !!r.orderKey && r.newShipTime !== undefined)
      // A notice told to a PDD/Taobao/Douyin buyer is no report: only JD's procedure has a form to fill.
      .filter((r) => r.kind !== 'notice' && platformHas(r.platform, r.kind))
      .filter((r) => now - r.createdAt < RECENT_MS)
      .sort((a, b) => b.createdAt - a.createdAt)[0]
  );
}

/** Sets the form's fields from the report the way typing would set them (the page's framework sees input). */
function fillForm(form: ReportForm, latest: Fillable, tForm: Translate, zone: PageZone): void {
  const set = (el: HTMLElement | undefined, value: string) => {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) setNativeValue(el, value);
  };
  set(form.orderId, latest.orderKey.split(':').slice(1).join(':'));
  const time = form.newTime;
  set(
    time,
    time instanceof HTMLInputElement && time.type === 'datetime-local'
      ? toZonedIso(latest.newShipTime, zone).slice(0, 16)
      : formatWallClock(latest.newShipTime, zone),
  );
  const reason = tForm(`delay.reason.${latest.reason}`);
  if (form.reason instanceof HTMLSelectElement) {
    const option = Array.from(form.reason.options).find(
      (o) => o.text.includes(reason) || reason.includes(o.text),
    );
    if (option) {
      form.reason.value = option.value;
      form.reason.dispatchEvent(new Event('change', { bubbles: true }));
    }
  } else set(form.reason, reason);
  set(
    form.explanation,
    tForm('delay.explanation', {
      reason: tForm(`delay.reasonBuyer.${latest.reason}`),
      time: formatWallClock(latest.newShipTime, zone),
    }),
  );
}

/**
 * Offers to fill a delay-report form the page shows from the merchant's latest recorded report (loaded with
 * the form: entrypoints/report-form.ts): a button above the form; values are set the way typing would set them.
 * Returns the button's host, or nothing when there is no recent report to fill it from.
 */
export async function offerReportFill(form: ReportForm): Promise<HTMLElement | undefined> {
  const { reports, settings } = await loadPageConfig('generic');
  const latest = latestFillable(reports, Date.now());
  if (!latest || !settings.features.delayReports) return undefined;
  // The form is the platform's, in Chinese, whatever the merchant's UI language.
  await ensureCatalogs(['zh_CN']);
  const t = createTranslator(uiLocale(settings));
  const tForm = createTranslator('zh_CN');
  const zone = settings.pageTimeZone;
  const shadow = createShadowHost('sd-fill', css);
  const anchor = form.orderId?.closest('form') ?? form.orderId?.parentElement;
  anchor?.prepend(shadow.host);
  const fill = () => {
    fillForm(form, latest, tForm, zone);
    draw(true);
  };
  const draw = (done = false) =>
    show(
      shadow.root,
      h(
        'button',
        { type: 'button', 'data-sd-action': 'fill-report', onClick: fill },
        t('delay.fillForm', { id: latest.orderKey.split(':').slice(1).join(':') }),
      ),
      ...(done ? [h('span', {}, t('delay.filled'))] : []),
    );
  draw();
  return shadow.host;
}
