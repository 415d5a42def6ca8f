import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPageConfig } from '@/components/catalogs';
import { uiLocale } from '@/components/locale';
import { createTranslator } from '@/lib/i18n/translate';
import { createPlanReader, findOrderBlocksSteps, readContext, type OrderBlock } from '@/lib/orders';
import type { Order } from '@/lib/orders/types';
import type { Platform } from '@/lib/platforms/types';
import type { DelayReport } from '@/lib/reports/types';
import { presetRules } from '@/lib/rules/presets';
import type { Rule } from '@/lib/rules/types';
import { defaultSettings, type Settings } from '@/lib/settings';
import { badgeState } from './badge-state';
import { watchNearViewport } from './near-viewport';
import { openReport } from './open-report';
import { createPageStatus, GRACE_MS } from './page-status';
import {
  assessRow,
  badgeInPlace,
  drawLazyRows,
  EAGER_BADGES,
  markRow,
  textOf,
  newRow,
  buildBadge,
  unmarkRow,
  type Row,
} from './rows';
import { createSeenOrdersReporter } from './seen-orders';
import { createSlicer } from './slices';
import { measure } from './timing';
import { everyMinute, refreshRows } from './minute-ticks';
import { watchPageChanges } from './page-changes';
import { withoutTicks } from './ticking';
import { createPassScheduler } from './pass-scheduler';
import { warmUp } from './warm-up';

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
  const rows = new Map<Element, Row>();
  /** Orders by the text they were read from (and their number): a list re-rendered with the same rows is not re-read. */
  let readCache = new Map<string, Order>();
  let stopped = false;
  const status = createPageStatus(platform, options.announce);
  const seen = createSeenOrdersReporter(ctx);

  const fail = (error: unknown) => {
    // A failing feature switches itself off on this page; the page itself keeps working.
    console.error('[seller-desk] countdowns failed and were switched off on this page', error);
    stop();
  };
  const slicer = createSlicer(fail, (start, jobs, kind) =>
    measure(kind === 'steps' ? 'find' : 'slice', start, { jobs }),
  );

  const openFor = (order: Order, mode: 'delay' | 'abnormal') =>
    openReport(order, mode, {
      rules,
      settings,
      t,
      reports: () => reports,
      onChange: (report) => {
        reports = [...reports.filter((r) => r.id !== report.id), report];
        redrawAll();
      },
    });

  /**
   * Assesses a row and marks its element; returns the badge update, which callers apply together for
   * many rows at once: the page lays its list out again once, not once per slice of rows.
   */
  const draw = (el: Element, row: Row, now: number): ((later?: (() => void)[]) => void) | undefined => {
    const order = row.order;
    const { a, effect } = assessRow(row, rules, settings, reports, now);
    // A row's marks and its badge appear together: whoever sees `data-sd-level` finds the badge beside it.
    const mark = () => markRow(el, order, a, settings.pageOffsetMinutes);
    if (!configured || (row.lazy && !row.badge)) return mark;
    const state = badgeState(order, a, effect, { t, locale, rules, settings, openReport: openFor });
    return (later?: (() => void)[]) => {
      if (row.badge) {
        mark();
        row.badge.set(state);
        return;
      }
      // A new badge is built off the page; it goes on the page, with the row's marks, with the others.
      const put = buildBadge(row, state, (host) => placed.add(host));
      const place = () => {
        mark();
        put();
      };
      if (later) later.push(place);
      else place();
    };
  };

  /** Badges we put on the page and have not taken away ourselves. */
  const placed = new WeakSet<Node>();

  /** Rows far down a long list get their badge as they come near the viewport. */
  const near = watchNearViewport((els) => {
    const started = performance.now();
    try {
      drawLazyRows(els, rows, (el, row, now) => draw(el, row, now)?.());
      measure('near', started, { badges: els.length });
    } catch (error) {
      fail(error);
    }
  });

  const forget = (el: Element) => {
    const badge = rows.get(el)?.badge;
    if (badge) placed.delete(badge.host);
    badge?.remove();
    rows.delete(el);
    unmarkRow(el);
  };

  /** One row: read it unless its text is unchanged, assess it, mark it; returns the badge drawing. */
  const apply = (
    block: OrderBlock,
    text: string,
    reader: { read: (block: OrderBlock, text: string) => Order },
    now: number,
    lazy: boolean,
  ) => {
    const el = block.element;
    let order = readCache.get(text);
    if (order?.id !== block.id) {
      order = reader.read(block, text);
      readCache.set(text, order);
    }
    let row = rows.get(el);
    if (!row || !badgeInPlace(row)) {
      if (row) forget(el);
      row = newRow(block, order, lazy);
      rows.set(el, row);
    }
    row.block = block;
    row.order = order;
    const drawn = draw(el, row, now);
    const current = row;
    // The row counts as drawn only once its badge is on the page (a newer pass may cancel this one first).
    return (later: (() => void)[]) => {
      drawn?.(later);
      current.key = text;
    };
  };

  /** Finds the order blocks, drops rows that are gone, reads and draws the new or changed ones: all in slices. */
  const pass = () => {
    if (stopped || !ready) return;
    try {
      const started = performance.now();
      const now = Date.now();
      // A fresh context per pass: table headers are looked up again, like plans, so when the page relabels a
      // header's cells in place (columns dragged into another order, the rows' cells with them) its rows are read
      // by the new header.
      const read = readContext({ now, offsetMinutes: settings.pageOffsetMinutes });
      // Rows of one list are read by the plan learnt on their first rows (checked against full readings). Plans
      // last one pass: a list re-rendered with its columns in another order is learnt again, not misread.
      const plans = createPlanReader(platform);
      const reader = { read: (block: OrderBlock, text: string) => plans.read(block, text, read) };
      // Finding the orders is itself spread over slices on long pages (10,000 rows).
      slicer.steps(findOrderBlocksSteps(document.body, platform, read), ({ blocks }) => {
        const found = new Set<Element>();
        // A long list (an export on screen) gets its badges as rows come near the viewport; all rows are marked now.
        const long = blocks.length > EAGER_BADGES;
        const commits: ((later: (() => void)[]) => void)[] = [];
        const placing: (() => void)[] = [];
        slicer.run(
          blocks,
          (block) => {
            if (found.has(block.element)) return;
            found.add(block.element);
            // Ticking countdowns masked: a row whose remaining time ticked is not read again (ticking.ts).
            const text = withoutTicks(textOf(block));
            const row = rows.get(block.element);
            if (!row || row.key !== text || row.order.id !== block.id || !badgeInPlace(row))
              commits.push(apply(block, text, reader, now, long));
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
                const placing0 = performance.now();
                for (const place of placing) place();
                const lazy = [...found].filter((el) => rows.get(el)?.lazy);
                near.wait(lazy);
                measure('place', placing0, { badges: placing.length });
                status.update(found.size, Date.now(), configured ? t : undefined);
                // The list is not there yet (it renders after its data arrives): get the readers ready.
                if (found.size === 0 && configured && !warmedUp) {
                  warmedUp = true;
                  slicer.soon(() => !stopped && warmUp(platform, rules, settings, t, locale));
                }
                measure('pass', started, {
                  rows: found.size,
                  drawn: commits.length,
                  read: plans.stats.full + plans.stats.planned,
                  planned: plans.stats.planned,
                  lazy: lazy.length,
                });
                seen.report([...rows.values()].map((r) => r.order));
              },
            );
          },
        );
      });
    } catch (error) {
      fail(error);
    }
  };

  const passes = createPassScheduler(ctx, slicer, () => pass());
  const schedulePass = () => passes.schedule();

  /** Settings, rules or reports changed: every row is redrawn (from its cached reading) on the next pass. */
  const redrawAll = () => {
    for (const row of rows.values()) row.key = '';
    schedulePass();
  };

  const stopWatching = watchPageChanges(placed, schedulePass);

  /** The minute refresh: rows whose level may have changed are redrawn; the others get their new countdown. */
  const tick = () => {
    if (stopped || !configured) return;
    try {
      const started = performance.now();
      const now = Date.now();
      refreshRows(rows, now, (el, row) => draw(el, row, now)?.(), t, locale);
      measure('tick', started, { rows: rows.size });
    } catch (error) {
      fail(error);
    }
  };
  const stopTicks = everyMinute(ctx, tick);
  const graceTimer = ctx.setTimeout(schedulePass, GRACE_MS + 50);

  loadPageConfig(platform)
    .then((config) => {
      rules = config.rules;
      settings = config.settings;
      reports = config.reports;
      if (!settings.features.countdowns) {
        stop();
        return status.switchedOff();
      }
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
    stopWatching();
    near.stop();
    slicer.cancel();
    stopTicks();
    clearTimeout(graceTimer);
    passes.stop();
    seen.stop();
    for (const el of [...rows.keys()]) forget(el);
    status.clear();
  }
  ctx.onInvalidated(stop);
  return stop;
}
