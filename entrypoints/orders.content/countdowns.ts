import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPageConfig } from '@/components/catalogs';
import { loadLazyUi } from '@/components/lazy-ui';
import type { Platform } from '@/lib/platforms/types';
import { drawRow, forgetRow, type OpenReport } from './draw';
import { placeTogether, type BadgePlacing } from './placing-batch';
import { markFirstScreen } from './first-screen';
import { createListState, redrawAll, setConfig, type ListState, type PageConfig } from './list-state';
import { everyMinute, refreshRows } from './minute-ticks';
import { watchNearViewport } from './near-viewport';
import { openReport } from './open-report';
import { watchPageChanges } from './page-changes';
import { createPageStatus, GRACE_MS } from './page-status';
import { runPass, type Pass } from './pass';
import { createPassScheduler } from './pass-scheduler';
import { watchResize } from './resize';
import { drawLazyRows } from './rows';
import { createSeenOrdersReporter } from './seen-orders';
import { createSlicer, type Slicer } from './slices';
import { measure } from './timing';
import { warmUp } from './warm-up';

/**
 * Marks every order on the page (`announce`: this is known to be an order page, so finding none is
 * reported with a visible notice) with its level, deadline and penalty, keeps the countdowns live,
 * and re-reads what changed when the list re-renders. Work runs in short slices so the page never
 * stalls, even with thousands of rows. Returns a stop function that removes everything it added.
 *
 * A pass runs its phases as named steps (pass.ts): find → read → assess → mark → draw → report. What a
 * pass keeps is its `Pass`; what the page keeps between passes is the `ListState`, whose configuration is
 * set in one place (`applyConfig` here, `setConfig` in list-state.ts).
 */
export function startCountdowns(
  ctx: ContentScriptContext,
  platform: Platform,
  options: { announce: boolean },
): () => void {
  const state = createListState(platform);
  const status = createPageStatus(platform, options.announce);
  const seen = createSeenOrdersReporter(ctx);

  const fail = (error: unknown) => {
    // A failing feature switches itself off on this page; the page itself keeps working.
    console.error('[seller-desk] countdowns failed and were switched off on this page', error);
    stop();
  };
  const guarded = (fn: () => void) => () => {
    try {
      fn();
    } catch (error) {
      fail(error);
    }
  };
  const slicer = createSlicer(fail, (start, jobs, kind) =>
    measure(kind === 'steps' ? 'find' : 'slice', start, { jobs }),
  );
  const openFor = reportOpener(state, () => schedulePass());
  const near = watchNearViewport((els) => guarded(() => drawNearRows(state, els, openFor))());
  const report = passReporter(state, status, seen, slicer);

  const pass = guarded(() => {
    if (state.stopped || !state.ready) return;
    runPass(state, slicer, openFor, (p, lazy) => {
      near.wait(lazy);
      report(p, lazy.length);
    });
  });
  const passes = createPassScheduler(ctx, slicer, pass);
  const schedulePass = () => passes.schedule();
  const stopWatching = watchPageChanges(state.placed, (records) => {
    // Rows just added are marked on screen before the page paints them; the pass does the rest in slices.
    guarded(() => markFirstScreen(state, records, openFor))();
    schedulePass();
  });
  const tick = guarded(() => {
    if (!state.stopped && state.configured) refreshAll(state, openFor);
  });
  const stopTicks = everyMinute(ctx, tick);
  const stopResize = watchResize(ctx, () => state.rows.values());
  const graceTimer = ctx.setTimeout(schedulePass, GRACE_MS + 50);

  /** The merchant's config, at load and after every change in the options page: every row is assessed again. */
  const applyConfig = (config: PageConfig) => {
    if (!config.settings.features.countdowns) {
      stop();
      // Said on the page: a list with no badges because the merchant switched them off is not a failure.
      return status.switchedOff();
    }
    setConfig(state, config);
    schedulePass();
  };
  const stopConfig = watchPageConfig(platform, applyConfig, (e: unknown) => {
    console.warn('[seller-desk] countdowns: settings unavailable, rows keep what they had', e);
    if (!state.ready) markWithDefaults(state, schedulePass);
  });

  function stop() {
    if (state.stopped) return;
    state.stopped = true;
    stopConfig();
    stopWatching();
    near.stop();
    slicer.cancel();
    stopTicks();
    stopResize();
    clearTimeout(graceTimer);
    passes.stop();
    seen.stop();
    for (const el of [...state.rows.keys()]) forgetRow(state, el);
    status.clear();
  }
  ctx.onInvalidated(stop);
  return stop;
}

/**
 * Never configured: rows are marked with the default rules and settings, without badges. The default rules are
 * fetched only now (entrypoints/preset-rules.ts): a page that gets the merchant's config never needs them.
 */
function markWithDefaults(state: ListState, schedulePass: () => void): void {
  loadLazyUi('preset-rules')
    .then((presets) => {
      // The config may have arrived meanwhile (a later change loads it again): it wins.
      if (state.ready || state.stopped) return;
      state.rules = presets();
      state.ready = true;
      schedulePass();
    })
    .catch((error: unknown) =>
      console.warn('[seller-desk] countdowns: default rules could not be loaded', error),
    );
}

/** Opens the delay-report helper for an order; a report sent redraws every row and reads the page again. */
function reportOpener(state: ListState, schedulePass: () => void): OpenReport {
  return (order, mode) =>
    openReport(order, mode, {
      rules: state.rules,
      settings: state.settings,
      t: state.t,
      reports: () => state.reports,
      onChange: (report) => {
        state.reports = [...state.reports.filter((r) => r.id !== report.id), report];
        redrawAll(state);
        schedulePass();
      },
    });
}

/** Rows far down a long list get their badge as they come near the viewport. */
function drawNearRows(state: ListState, els: Element[], openFor: OpenReport): void {
  const started = performance.now();
  const batch: BadgePlacing[] = [];
  drawLazyRows(els, state.rows, (el, row, now) => drawRow(state, el, row, now, openFor)(batch));
  placeTogether(batch, state.unsettled.splice(0));
  measure('near', started, { badges: els.length });
}

/** Report: the page's status, the pass's figures, the orders seen; readers warmed up while no list is there. */
function passReporter(
  state: ListState,
  status: ReturnType<typeof createPageStatus>,
  seen: ReturnType<typeof createSeenOrdersReporter>,
  slicer: Slicer,
): (pass: Pass, lazy: number) => void {
  return (pass, lazy) => {
    status.update(pass.found.size, Date.now(), state.configured ? state.t : undefined);
    // The list is not there yet (it renders after its data arrives): get the readers ready.
    if (pass.found.size === 0 && state.configured && !state.warmedUp) {
      state.warmedUp = true;
      const { platform, rules, settings, t, locale } = state;
      slicer.soon(() => !state.stopped && warmUp(platform, rules, settings, t, locale));
    }
    measure('pass', pass.started, {
      rows: pass.found.size,
      drawn: pass.drawn.length,
      read: pass.plans.stats.full + pass.plans.stats.planned,
      planned: pass.plans.stats.planned,
      lazy,
    });
    seen.report([...state.rows.values()].map((r) => r.order));
  };
}

/** The minute refresh: rows whose level may have changed are redrawn; the others get their new countdown. */
function refreshAll(state: ListState, openFor: OpenReport): void {
  const started = performance.now();
  const now = Date.now();
  refreshRows(state.rows, now, (el, row) => drawRow(state, el, row, now, openFor)(), state.t, state.locale);
  measure('tick', started, { rows: state.rows.size });
}
