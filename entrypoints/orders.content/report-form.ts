import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadLazyUi } from '@/components/lazy-ui';
import { findReportForm } from '@/lib/reports/form-fields';

/**
 * On a page with a delay-report form (order number + new ship time), offers to fill it from the merchant's
 * latest recorded report. Only finding the form runs on every page; the offer's code is loaded with the first
 * form found (entrypoints/report-form.ts, orders.content/report-fill.ts).
 */
export function startReportFormFiller(ctx: ContentScriptContext): () => void {
  let host: HTMLElement | undefined;
  const check = async () => {
    const form = findReportForm(document.body);
    if (!form || host?.isConnected) return;
    const offer = await loadLazyUi('report-form');
    if (!ctx.isInvalid) host = await offer(form);
  };
  void check().catch(() => undefined);
  // Forms appear late in single-page apps: look again after the page settles, not on every mutation.
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void check().catch(() => undefined), 600);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    host?.remove();
  };
  ctx.onInvalidated(stop);
  return stop;
}
