import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { ensureCatalogs, loadPageConfig } from '@/components/catalogs';
import { request } from '@/components/client';
import { loadDelayDialog } from '@/components/lazy-delay-dialog';
import { uiLocale } from '@/components/locale';
import { createRiskBadge, type BadgeState, type RiskBadge } from '@/components/risk-badge';
import { createTranslator, supportedLocales } from '@/lib/i18n/translate';
import { diagnose } from '@/lib/orders/diagnose';
import { findOrderBlocksSteps, readContext, readOrderBlock, type OrderBlock } from '@/lib/orders/read';
import { OWN_UI_ATTR } from '@/lib/orders/text';
import type { Order } from '@/lib/orders/types';
import type { Platform } from '@/lib/platforms/types';
import { assess, type Assessment, type Level } from '@/lib/rules/assess';
import { badgeText, explain } from '@/lib/rules/explain';
import { applyReports } from '@/lib/reports/effect';
import { effectLines } from '@/lib/reports/explain-effect';
import type { DelayReport } from '@/lib/reports/types';
import { presetRules } from '@/lib/rules/presets';
import type { Rule } from '@/lib/rules/types';
import { defaultSettings, type Settings } from '@/lib/settings';
import { HOUR, toZonedIso } from '@/lib/time/china-time';
import { showNotice } from './notice';
import { watchNearViewport } from './near-viewport';
import { createSlicer } from './slices';
import { measure, onBenchTick } from './timing';
import { warmUp } from './warm-up';

interface Row {
  block: OrderBlock;
  /** The order number and text the row was last drawn from ('' = redraw): an unchanged row is not re-read. */
  key: string;
  order: Order;
  /** Drawn once the merchant's settings and language have arrived. */
  badge: RiskBadge | undefined;
  level: Level;
  deadline: number | undefined;
  /** When the level can next change; until then the minute refresh rewrites only the countdown text. */
  recheckAt: number;
  /** Far down a long list: marked now, its badge drawn when it comes within a few screens of the viewport. */
  lazy: boolean;
}

/** An order page that still shows no orders after this long is reported as unrecognised. */
const GRACE_MS = 3000;
/** Mutations arrive in bursts while a list renders: passes start at most this often. */
const MIN_PASS_INTERVAL_MS = 50;
const SEND_DEBOUNCE_MS = 800;
const SEND_BATCH = 500;
/**
 * Rows whose badges are drawn at once; further down a long list, badges are drawn as the rows come within
 * three screens of the viewport (each badge costs the page ~4 KB and its creation; a 2,000-row export would
 * otherwise add ~15 MB). Every row is marked (data-sd-*) at once whatever its place.
 */
const EAGER_BADGES = 300;
/** Report effects (a pending card expiring) are time-based too: rows they touch are re-assessed this often. */
const REPORT_RECHECK_MS = 10 * 60_000;
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
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  set('data-sd-order-id', order.id);
  set('data-sd-platform', order.platform);
  set('data-sd-level', a.level);
  const timed = a.deadline !== undefined && a.level !== 'done' && a.level !== 'unknown';
  set('data-sd-deadline', timed ? toZonedIso(a.deadline as number, offsetMinutes) : undefined);
  set('data-sd-penalty', a.penalty?.code);
}

/** The text a block was read from; the same text reads as the same order. */
/** The text a block was read from; the same text reads as the same order. */
const keyOf = (block: OrderBlock) =>
  `${block.id}\u0000${block.parts.length === 1 ? block.parts[0]?.textContent : block.parts.map((p) => p.textContent).join('\u0001')}`;

function nextLevelChange(a: Assessment, settings: Settings, now: number): number {
  if (a.deadline === undefined || a.level === 'done' || a.level === 'unknown') return Infinity;
  const edges = [
    a.deadline - settings.soonHours * HOUR,
    a.deadline - settings.urgentHours * HOUR,
    a.deadline,
  ];
  return Math.min(...edges.filter((t) => t > now), Infinity);
}

/**
 * Marks every order on the page (`announce`: this is known to be an order page, so finding none is
 * reported with a visible notice) with its level, deadline and penalty, keeps the countdowns live,
 * and re-reads what changed when the list re-renders. Work runs in short slices so the page never
 * stalls, even with thousands of rows. Returns a stop function that removes everything it added.
 */
export function startCountdowns(
  ctx: ContentScriptContext,
  platform: Platform,
  options: { announce: boolean },
): () => void {
  let rules: readonly Rule[] = presetRules;
  let reports: DelayReport[] = [];
  let settings: Settings = defaultSettings;
  let locale = uiLocale(settings);
  let t = createTranslator(locale);
  /** The merchant's settings and language have arrived: rows get their marks and badges together. */
  let configured = false;
  /** Settings arrived, or could not be had (then rows are marked with the defaults, without badges). */
  let ready = false;
  let warmedUp = false;
  /** Rows read from the page in the current pass (the others were unchanged): reported in demo builds. */
  let reads = 0;
  const rows = new Map<Element, Row>();
  /** Orders by the text they were read from: a list re-rendered with the same rows is not re-read. */
  let readCache = new Map<string, Order>();
  const headers = new WeakMap();
  const startedAt = Date.now();
  let stopped = false;
  let lastSent = '';
  let closeNotice: (() => void) | undefined;
  let noticeDismissed = false;

  const fail = (error: unknown) => {
    // A failing feature switches itself off on this page; the page itself keeps working.
    console.error('[seller-desk] countdowns failed and were switched off on this page', error);
    stop();
  };
  const slicer = createSlicer(fail, (start, jobs, kind) =>
    measure(kind === 'steps' ? 'find' : 'slice', start, { jobs }),
  );

  const openReport = (order: Order, mode: 'delay' | 'abnormal') => {
    const now = Date.now();
    const a = applyReports(order, assess(order, rules, settings, now), reports, settings, now).assessment;
    // The report and the buyer notice can be written in any of the four languages.
    void Promise.all([
      loadDelayDialog(),
      request('templates/list', {}).catch(() => []),
      ensureCatalogs(supportedLocales),
    ])
      .then(([open, templates]) =>
        open({
          order,
          assessment: a,
          mode,
          t,
          offsetMinutes: settings.pageOffsetMinutes,
          template: templates.find((tpl) => tpl.situation === 'notice-delay'),
          reports: () => reports,
          onChange: (report) => {
            reports = [...reports.filter((r) => r.id !== report.id), report];
            redrawAll();
          },
        }),
      )
      .catch((e: unknown) => console.error('[seller-desk] delay reports: the helper could not open', e));
  };

  /**
   * Assesses a row and marks its element; returns the badge update, which callers apply together for
   * many rows at once: the page lays its list out again once, not once per slice of rows.
   */
  const draw = (el: Element, row: Row, now: number): ((later?: (() => void)[]) => void) | undefined => {
    const order = row.order;
    const base = assess(order, rules, settings, now);
    const { assessment: a, effect } = applyReports(order, base, reports, settings, now);
    row.level = a.level;
    row.deadline = a.deadline;
    const touched = effect.pending || effect.moved || effect.exempt;
    row.recheckAt = Math.min(nextLevelChange(a, settings, now), touched ? now + REPORT_RECHECK_MS : Infinity);
    // A row's marks and its badge appear together: whoever sees `data-sd-level` finds the badge beside it.
    const mark = () => setAttributes(el, order, a, settings.pageOffsetMinutes);
    if (!configured || (row.lazy && !row.badge)) return mark;
    const offsetMinutes = settings.pageOffsetMinutes;
    const text = explain(a, { t, locale, rules, offsetMinutes });
    const atRisk = a.level === 'overdue' || a.level === 'urgent' || a.level === 'soon';
    const state: BadgeState = {
      level: a.level,
      text: text.badge,
      penalty: text.penalty,
      title: [...text.lines, ...effectLines(order, effect, t, offsetMinutes)].join('\n'),
      label: t('overlay.badgeLabel', { level: t(`level.${a.level}`) }),
      note: effect.pending ? t('overlay.reportPending') : undefined,
      actions:
        atRisk && settings.features.delayReports
          ? [
              { action: 'delay-report', label: t('delay.action'), onClick: () => openReport(order, 'delay') },
              {
                action: 'abnormal',
                label: t('delay.abnormalAction'),
                onClick: () => openReport(order, 'abnormal'),
              },
            ]
          : [],
    };
    return (later?: (() => void)[]) => {
      if (row.badge) {
        mark();
        row.badge.set(state);
        return;
      }
      // A new badge is built off the page; it goes on the page, with the row's marks, with the others.
      const badge = createRiskBadge();
      badge.set(state);
      row.badge = badge;
      const place = () => {
        mark();
        badge.place((host) => placeHost(host, row.block.idElement));
        placed.add(badge.host);
      };
      if (later) later.push(place);
      else place();
    };
  };

  /** Badges we put on the page and have not taken away ourselves. */
  const placed = new WeakSet<Node>();

  /** Rows far down a long list get their badge as they come near the viewport. */
  const near = watchNearViewport((els) => {
    const now = Date.now();
    try {
      for (const el of els) {
        const row = rows.get(el);
        if (!row?.lazy) continue;
        row.lazy = false;
        draw(el, row, now)?.();
      }
    } catch (error) {
      fail(error);
    }
  });

  const forget = (el: Element) => {
    const badge = rows.get(el)?.badge;
    if (badge) placed.delete(badge.host);
    badge?.remove();
    rows.delete(el);
    for (const name of ATTRS) el.removeAttribute(name);
  };

  let sendTimer: number | undefined;
  const send = (orders: Order[], signature: string) => {
    lastSent = signature;
    // A message is copied in one go: a 10,000-order list goes in parts, each in a task of its own.
    for (let i = 0; i < orders.length; i += SEND_BATCH) {
      const batch = orders.slice(i, i + SEND_BATCH);
      ctx.setTimeout(() => {
        if (stopped) return;
        request('orders/seen', { url: location.href, orders: batch }).catch((e: unknown) =>
          console.warn('[seller-desk] countdowns: could not store orders', e),
        );
      }, i / SEND_BATCH);
    }
  };
  /** The first reading goes to the background at once (the merchant may leave soon); later ones are batched. */
  const report = () => {
    const orders = [...rows.values()].map((r) => r.order);
    const signature = orders.map((o) => `${o.id}|${o.status}|${o.promiseTime ?? ''}`).join(',');
    if (!orders.length || signature === lastSent) return;
    clearTimeout(sendTimer);
    sendTimer = ctx.setTimeout(() => send(orders, signature), lastSent ? SEND_DEBOUNCE_MS : 0);
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
      if (!closeNotice && !noticeDismissed && configured) {
        const version = browser.runtime.getManifest().version;
        closeNotice = showNotice(
          t,
          () => {
            noticeDismissed = true;
            closeNotice = undefined;
          },
          diagnose(document.body, platform, location.href, version),
        );
      }
    }
  };

  /** The page may have re-rendered the cell that held the badge. */
  const badgeInPlace = (row: Row) =>
    !row.badge || (row.badge.host.isConnected && row.block.element.contains(row.badge.host));

  /** One row: read it unless its text is unchanged, assess it, mark it; returns the badge drawing. */
  const apply = (
    block: OrderBlock,
    key: string,
    read: ReturnType<typeof readContext>,
    now: number,
    lazy: boolean,
  ) => {
    const el = block.element;
    let order = readCache.get(key);
    if (!order) {
      order = readOrderBlock(block, platform, read);
      readCache.set(key, order);
      reads++;
    }
    let row = rows.get(el);
    if (!row || !badgeInPlace(row)) {
      if (row) forget(el);
      row = {
        block,
        key: '',
        order,
        badge: undefined,
        level: 'unknown',
        deadline: undefined,
        recheckAt: Infinity,
        lazy,
      };
      rows.set(el, row);
    }
    row.block = block;
    row.order = order;
    const drawn = draw(el, row, now);
    const current = row;
    // The row counts as drawn only once its badge is on the page (a newer pass may cancel this one first).
    return (later: (() => void)[]) => {
      drawn?.(later);
      current.key = key;
    };
  };

  /**
   * Finds the order blocks (one quick pass over the page), drops rows that are gone, and queues the rows
   * that are new or changed; those are read and drawn in slices.
   */
  const pass = () => {
    if (stopped || !ready) return;
    try {
      const started = performance.now();
      const now = Date.now();
      reads = 0;
      const read = readContext({ now, offsetMinutes: settings.pageOffsetMinutes, headers });
      // Finding the orders is itself spread over slices on long pages (10,000 rows).
      slicer.steps(findOrderBlocksSteps(document.body, platform, read), ({ blocks }) => {
        const found = new Set<Element>();
        const commits: ((later: (() => void)[]) => void)[] = [];
        const placing: (() => void)[] = [];
        slicer.run(
          blocks,
          (block) => {
            if (found.has(block.element)) return;
            found.add(block.element);
            const key = keyOf(block);
            const row = rows.get(block.element);
            if (!row || row.key !== key || !badgeInPlace(row))
              commits.push(apply(block, key, read, now, found.size > EAGER_BADGES));
          },
          () => {
            for (const el of [...rows.keys()]) if (!found.has(el)) forget(el);
            if (readCache.size > 4 * found.size + 1000) readCache = new Map();
            // New badges are built off the page, slice by slice, and put on it together at the end: the
            // page lays its list out again once, not after every slice.
            slicer.run(
              commits,
              (commit) => commit(placing),
              () => {
                const revealing = performance.now();
                for (const place of placing) place();
                near.wait([...found].filter((el) => rows.get(el)?.lazy));
                measure('reveal', revealing, { badges: placing.length });
                setPageStatus(found.size, Date.now());
                // The list is not there yet (it renders after its data arrives): get the readers ready.
                if (found.size === 0 && configured && !warmedUp) {
                  warmedUp = true;
                  slicer.soon(() => !stopped && warmUp(platform, rules, settings, t, locale));
                }
                measure('pass', started, { rows: found.size, drawn: commits.length, read: reads });
                report();
              },
            );
          },
        );
      });
    } catch (error) {
      fail(error);
    }
  };

  let passTimer: number | undefined;
  let passQueued = false;
  let lastPass = 0;
  const startPass = () => {
    passQueued = false;
    lastPass = Date.now();
    pass();
  };
  /** Right after the page's own task when idle for a while; in a burst of changes, at most every 50 ms. */
  const schedulePass = () => {
    if (passQueued || stopped) return;
    passQueued = true;
    const wait = lastPass + MIN_PASS_INTERVAL_MS - Date.now();
    if (wait <= 0) slicer.soon(startPass);
    else passTimer = ctx.setTimeout(startPass, wait);
  };

  /** Settings, rules or reports changed: every row is redrawn (from its cached reading) on the next pass. */
  const redrawAll = () => {
    for (const row of rows.values()) row.key = '';
    schedulePass();
  };

  const observer = new MutationObserver((records) => {
    const foreign = records.some(
      (r) =>
        r.type === 'characterData' ||
        ![...r.addedNodes, ...r.removedNodes].every(
          (n) => isOwnNode(n) || n.nodeType === Node.COMMENT_NODE,
        ) ||
        // The page's own script took one of our badges away (a framework re-rendering its cell): put it back.
        [...r.removedNodes].some((n) => placed.has(n)),
    );
    if (foreign) schedulePass();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  /** The minute refresh: rows whose level may have changed are redrawn; the others get their new countdown. */
  const tick = () => {
    if (stopped || !configured) return;
    try {
      const started = performance.now();
      const now = Date.now();
      for (const [el, row] of rows) {
        if (now >= row.recheckAt) draw(el, row, now)?.();
        else if (row.deadline !== undefined)
          row.badge?.setText(
            badgeText({ level: row.level, deadline: row.deadline, remaining: row.deadline - now }, t, locale),
          );
      }
      measure('tick', started, { rows: rows.size });
    } catch (error) {
      fail(error);
    }
  };
  onBenchTick(ctx, tick);
  let tickTimer: number | undefined;
  // Page times are whole minutes, so the countdowns change on the minute: refresh just after it.
  const scheduleTick = () => {
    tickTimer = ctx.setTimeout(
      () => {
        tick();
        scheduleTick();
      },
      60_000 - (Date.now() % 60_000) + 20,
    );
  };
  scheduleTick();
  const graceTimer = ctx.setTimeout(schedulePass, GRACE_MS + 50);

  loadPageConfig(platform)
    .then((config) => {
      rules = config.rules;
      settings = config.settings;
      reports = config.reports;
      if (!settings.features.countdowns) return stop();
      locale = uiLocale(settings);
      t = createTranslator(locale);
      configured = true;
      ready = true;
      readCache = new Map();
      redrawAll();
    })
    .catch((e: unknown) => {
      console.warn('[seller-desk] countdowns: settings unavailable, rows are marked without badges', e);
      ready = true;
      schedulePass();
    });

  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    near.stop();
    slicer.cancel();
    clearTimeout(tickTimer);
    clearTimeout(graceTimer);
    clearTimeout(passTimer);
    clearTimeout(sendTimer);
    for (const el of [...rows.keys()]) forget(el);
    closeNotice?.();
    document.documentElement.removeAttribute('data-sd-status');
    document.documentElement.removeAttribute('data-sd-orders');
  }
  ctx.onInvalidated(stop);
  return stop;
}
