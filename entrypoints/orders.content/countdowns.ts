import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/components/client';
import { uiLocale } from '@/components/locale';
import { RiskBadge, riskBadgeCss } from '@/components/RiskBadge';
import { createShadowHost } from '@/components/shadow-host';
import { createTranslator } from '@/lib/i18n';
import { OWN_UI_ATTR } from '@/lib/orders/text';
import { readOrders } from '@/lib/orders/read';
import type { Order } from '@/lib/orders/types';
import type { Platform } from '@/lib/platforms/types';
import { assess, type Assessment } from '@/lib/rules/assess';
import { explain } from '@/lib/rules/explain';
import { applyReports } from '@/lib/reports/effect';
import { effectLines } from '@/lib/reports/explain-effect';
import type { DelayReport } from '@/lib/reports/types';
import { presetRules } from '@/lib/rules/presets';
import type { Rule } from '@/lib/rules/types';
import { defaultSettings, type Settings } from '@/lib/settings';
import { toZonedIso } from '@/lib/time/china-time';
import { openDelayDialog } from './delay-dialog';
import { showNotice } from './notice';
import { diagnose } from '@/lib/orders/diagnose';
import { browser } from 'wxt/browser';

interface Row {
  order: Order;
  /** What the order read as last time: an unchanged row is not redrawn on re-scan. */
  signature: string;
  host: HTMLElement;
  root: ShadowRoot;
}

/** An order page that still shows no orders after this long is reported as unrecognised. */
const GRACE_MS = 3000;
const RESCAN_DEBOUNCE_MS = 120;
const TICK_MS = 30_000;
const SEND_DEBOUNCE_MS = 800;
const ATTRS = [
  'data-sd-order-id',
  'data-sd-platform',
  'data-sd-level',
  'data-sd-deadline',
  'data-sd-penalty',
];

const isOwnNode = (n: Node) => n instanceof Element && n.hasAttribute(OWN_UI_ATTR);

/** Next to the order number: inside a table cell, or right after an inline element. */
function placeHost(host: HTMLElement, idElement: Element): void {
  if (['TD', 'TH', 'LI'].includes(idElement.tagName)) idElement.append(host);
  else idElement.after(host);
}

function setAttributes(el: Element, order: Order, a: Assessment, offsetMinutes: number): void {
  el.setAttribute('data-sd-order-id', order.id);
  el.setAttribute('data-sd-platform', order.platform);
  el.setAttribute('data-sd-level', a.level);
  if (a.deadline !== undefined && a.level !== 'done' && a.level !== 'unknown') {
    el.setAttribute('data-sd-deadline', toZonedIso(a.deadline, offsetMinutes));
  } else el.removeAttribute('data-sd-deadline');
  if (a.penalty) el.setAttribute('data-sd-penalty', a.penalty.code);
  else el.removeAttribute('data-sd-penalty');
}

/**
 * Marks every order on the page (`announce`: this is known to be an order page, so finding none is
 * reported with a visible notice) with its level, deadline and penalty, keeps the countdowns live,
 * and re-reads when the list re-renders. Returns a stop function that removes everything it added.
 */
export function startCountdowns(
  ctx: ContentScriptContext,
  platform: Platform,
  options: { announce: boolean },
): () => void {
  let rules: readonly Rule[] = presetRules;
  let reports: DelayReport[] = [];
  let settings: Settings = defaultSettings;
  let t = createTranslator(uiLocale(settings));
  const rows = new Map<Element, Row>();
  const headers = new WeakMap();
  const startedAt = Date.now();
  let stopped = false;
  let lastSent = '';
  let closeNotice: (() => void) | undefined;
  let noticeDismissed = false;
  /** Rules or settings arrived or changed: every row is redrawn once. */
  let configChanged = true;

  const openReport = (order: Order, mode: 'delay' | 'abnormal') => {
    const now = Date.now();
    const a = applyReports(order, assess(order, rules, settings, now), reports, settings, now).assessment;
    void request('templates/list', {})
      .catch(() => [])
      .then((templates) =>
        openDelayDialog({
          order,
          assessment: a,
          mode,
          t,
          offsetMinutes: settings.pageOffsetMinutes,
          template: templates.find((tpl) => tpl.situation === 'notice-delay'),
          reports: () => reports,
          onChange: (report) => {
            reports = [...reports.filter((r) => r.id !== report.id), report];
            tick();
          },
        }),
      );
  };

  const draw = (el: Element, row: Row, now: number) => {
    const base = assess(row.order, rules, settings, now);
    const { assessment: a, effect } = applyReports(row.order, base, reports, settings, now);
    setAttributes(el, row.order, a, settings.pageOffsetMinutes);
    const locale = uiLocale(settings);
    const text = explain(a, { t, locale, rules, offsetMinutes: settings.pageOffsetMinutes });
    const lines = [...text.lines, ...effectLines(row.order, effect, t, settings.pageOffsetMinutes)];
    const label = t('overlay.badgeLabel', { level: t(`level.${a.level}`) });
    const atRisk = a.level === 'overdue' || a.level === 'urgent' || a.level === 'soon';
    const order = row.order;
    render(
      <RiskBadge
        level={a.level}
        text={text.badge}
        penalty={text.penalty}
        title={lines.join('\n')}
        label={label}
        note={effect.pending ? t('overlay.reportPending') : undefined}
        actions={
          atRisk && settings.features.delayReports
            ? [
                {
                  action: 'delay-report',
                  label: t('delay.action'),
                  onClick: () => openReport(order, 'delay'),
                },
                {
                  action: 'abnormal',
                  label: t('delay.abnormalAction'),
                  onClick: () => openReport(order, 'abnormal'),
                },
              ]
            : []
        }
      />,
      row.root,
    );
  };

  const forget = (el: Element) => {
    const row = rows.get(el);
    if (row) {
      render(null, row.root);
      row.host.remove();
    }
    rows.delete(el);
    for (const name of ATTRS) el.removeAttribute(name);
  };

  let sendTimer: number | undefined;
  const send = (orders: Order[], signature: string) => {
    lastSent = signature;
    request('orders/seen', { url: location.href, orders }).catch((e: unknown) =>
      console.warn('[seller-desk] countdowns: could not store orders', e),
    );
  };
  /** The first reading goes to the background at once (the merchant may leave soon); later ones are batched. */
  const report = () => {
    const orders = [...rows.values()].map((r) => r.order);
    const signature = orders.map((o) => `${o.id}|${o.status}|${o.promiseTime ?? ''}`).join(',');
    if (!orders.length || signature === lastSent) return;
    clearTimeout(sendTimer);
    if (!lastSent) send(orders, signature);
    else sendTimer = ctx.setTimeout(() => send(orders, signature), SEND_DEBOUNCE_MS);
  };

  const setPageStatus = (count: number, now: number) => {
    const html = document.documentElement;
    if (count > 0) {
      html.setAttribute('data-sd-status', 'active');
      html.setAttribute('data-sd-orders', String(count));
      closeNotice?.();
      closeNotice = undefined;
    } else if (options.announce && now - startedAt >= GRACE_MS) {
      html.setAttribute('data-sd-status', 'unrecognized');
      html.setAttribute('data-sd-orders', '0');
      if (!closeNotice && !noticeDismissed) {
        const diagnostic = diagnose(
          document.body,
          platform,
          location.href,
          browser.runtime.getManifest().version,
        );
        closeNotice = showNotice(
          t,
          () => {
            noticeDismissed = true;
            closeNotice = undefined;
          },
          diagnostic,
        );
      }
    }
  };

  const scan = () => {
    if (stopped) return;
    try {
      const now = Date.now();
      const result = readOrders(document.body, platform, {
        now,
        offsetMinutes: settings.pageOffsetMinutes,
        headers,
      });
      const current = new Set<Element>();
      for (const { element, idElement, order } of result.orders) {
        current.add(element);
        const signature = JSON.stringify(order);
        let row = rows.get(element);
        if (row && row.host.isConnected && element.contains(row.host)) {
          if (row.signature === signature && !configChanged) continue;
        } else {
          if (row) forget(element);
          const { host, root } = createShadowHost('sd-badge', riskBadgeCss);
          placeHost(host, idElement);
          row = { order, signature, host, root };
          rows.set(element, row);
        }
        row.order = order;
        row.signature = signature;
        draw(element, row, now);
      }
      for (const el of [...rows.keys()]) if (!current.has(el)) forget(el);
      configChanged = false;
      setPageStatus(result.orders.length, now);
      report();
    } catch (error) {
      // A failing feature switches itself off on this page; the page itself keeps working.
      console.error('[seller-desk] countdowns failed and were switched off on this page', error);
      stop();
    }
  };

  let scanTimer: number | undefined;
  const scheduleScan = () => {
    clearTimeout(scanTimer);
    scanTimer = ctx.setTimeout(scan, RESCAN_DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    const foreign = records.some(
      (r) =>
        r.type === 'characterData' ||
        ![...r.addedNodes, ...r.removedNodes].every((n) => isOwnNode(n) || n.nodeType === Node.COMMENT_NODE),
    );
    if (foreign) scheduleScan();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  function tick() {
    const now = Date.now();
    for (const [el, row] of rows) if (el.isConnected) draw(el, row, now);
  }
  const tickTimer = ctx.setInterval(tick, TICK_MS);
  const graceTimer = ctx.setTimeout(scan, GRACE_MS + 50);

  request('page/config', { platform })
    .then((config) => {
      rules = config.rules;
      settings = config.settings;
      reports = config.reports;
      if (!settings.features.countdowns) return stop();
      t = createTranslator(uiLocale(settings));
      configChanged = true;
      scan();
    })
    .catch((e: unknown) => console.warn('[seller-desk] countdowns: using default rules', e));
  scan();

  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearInterval(tickTimer);
    clearTimeout(graceTimer);
    clearTimeout(scanTimer);
    clearTimeout(sendTimer);
    for (const el of [...rows.keys()]) forget(el);
    closeNotice?.();
    document.documentElement.removeAttribute('data-sd-status');
    document.documentElement.removeAttribute('data-sd-orders');
  }
  ctx.onInvalidated(stop);
  return stop;
}
