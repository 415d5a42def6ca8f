import { watchPageConfig } from '@/components/catalogs';
import { show } from '@/components/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterSalesBadge, afterSalesBadgeCss } from '@/components/after-sales-badge';
import { uiLocale } from '@/components/locale';
import { createShadowHost } from '@/components/shadow-host';
import { readAfterSales } from '@/lib/aftersales/read';
import { createTranslator } from '@/lib/i18n/translate';
import { OWN_UI_ATTR } from '@/lib/orders/own-ui';
import type { Platform } from '@/lib/platforms/types';
import { defaultSettings, type Settings } from '@/lib/settings';

const ATTRS = ['data-sd-aftersales', 'data-sd-aftersales-type', 'data-sd-warning'];

/** Marks each after-sales request: cancellation or after-sales, its type, and what needs a second look. */
export function startAfterSales(ctx: ContentScriptContext, platform: Platform): () => void {
  let settings: Settings = defaultSettings;
  const hosts = new Map<Element, { host: HTMLElement; root: ShadowRoot }>();
  let stopped = false;

  const scan = () => {
    if (stopped) return;
    try {
      const t = createTranslator(uiLocale(settings));
      const found = readAfterSales(document.body, settings.afterSalesKeywords);
      const current = new Set<Element>();
      for (const { element, idElement, request: req } of found) {
        current.add(element);
        element.setAttribute('data-sd-aftersales', req.stage);
        element.setAttribute('data-sd-aftersales-type', req.type ?? 'unknown');
        const warnings = [req.mismatch ? 'mismatch' : '', req.exchangeWithoutStock ? 'no-stock' : ''].filter(
          Boolean,
        );
        if (warnings.length) element.setAttribute('data-sd-warning', warnings.join(' '));
        else element.removeAttribute('data-sd-warning');
        let entry = hosts.get(element);
        if (!entry || !entry.host.isConnected) {
          entry = createShadowHost('sd-aftersales', afterSalesBadgeCss);
          idElement.after(entry.host);
          hosts.set(element, entry);
        }
        show(entry.root, afterSalesBadge(req, t, platform));
      }
      for (const [el, entry] of [...hosts]) {
        if (current.has(el)) continue;
        entry.host.remove();
        hosts.delete(el);
        for (const a of ATTRS) el.removeAttribute(a);
      }
      document.documentElement.setAttribute('data-sd-status', found.length ? 'active' : 'unrecognized');
      document.documentElement.setAttribute('data-sd-orders', String(found.length));
    } catch (error) {
      console.error('[seller-desk] after-sales marks failed and were switched off on this page', error);
      stop();
    }
  };

  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    const ours = records.every((r) =>
      [...r.addedNodes, ...r.removedNodes].every((n) => n instanceof Element && n.hasAttribute(OWN_UI_ATTR)),
    );
    if (ours) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(scan, 150);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // Keywords changed in the options page re-mark the list at once (switching the feature off is whileSwitchedOn's).
  const stopConfig = watchPageConfig(
    platform,
    (config) => {
      settings = config.settings;
      if (!settings.features.afterSales) return stop();
      scan();
    },
    () => scan(),
  );

  function stop() {
    stopped = true;
    stopConfig();
    observer.disconnect();
    clearTimeout(timer);
    for (const [el, entry] of hosts) {
      entry.host.remove();
      for (const a of ATTRS) el.removeAttribute(a);
    }
    hosts.clear();
  }
  ctx.onInvalidated(stop);
  return stop;
}
