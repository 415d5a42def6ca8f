import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LazyUi } from '@/lib/messaging/protocol';
import type { Rule } from '@/lib/rules/types';
import type { startAfterSales } from '@/entrypoints/orders.content/aftersales';
import type { showNoticeNow } from './page-notice';
import type { openReportNow } from './delay-report-open';
import type { offerReportFill } from '@/entrypoints/orders.content/report-fill';
import type { mountReplyPicker } from '@/entrypoints/reply.content/picker-host';
import type { startBadgeMore } from './badge-more';
import { request } from './client';

/** What each lazily loaded script hands over (entrypoints/<name>.ts). */
interface LazyEntries {
  'delay-dialog': typeof openReportNow;
  'template-picker': typeof mountReplyPicker;
  'after-sales': typeof startAfterSales;
  'report-form': typeof offerReportFill;
  'badge-more': typeof startBadgeMore;
  'page-notice': typeof showNoticeNow;
  'preset-rules': () => readonly Rule[];
}

/** Where an injected script leaves its entry point, in the content scripts' own world. */
const slot = (ui: LazyUi) => `__sellerDesk:${ui}`;
const world = globalThis as Record<string, unknown>;

/** Called by the injected script: its entry point, for `loadLazyUi` to find. */
export function provideLazyUi<K extends LazyUi>(ui: K, entry: LazyEntries[K]): void {
  world[slot(ui)] = entry;
}

/** The entry point of a piece of UI already loaded into this frame, if it is: used without waiting. */
export function lazyUiNow<K extends LazyUi>(ui: K): LazyEntries[K] | undefined {
  const found = world[slot(ui)];
  return typeof found === 'function' ? (found as LazyEntries[K]) : undefined;
}

const loading = new Map<LazyUi, Promise<unknown>>();

/**
 * A piece of UI's entry point, its code fetched from the extension on first use (the background injects it into
 * this frame). Asked once: a second call while it loads (a hover, then the click) waits for the same load.
 */
export function loadLazyUi<K extends LazyUi>(ui: K): Promise<LazyEntries[K]> {
  const found = lazyUiNow(ui);
  if (found) return Promise.resolve(found);
  let pending = loading.get(ui);
  if (!pending) {
    pending = request('ui/load', { ui }).then(() => {
      const entry = world[slot(ui)];
      if (typeof entry !== 'function') throw new Error(`${ui} could not be loaded`);
      return entry;
    });
    // A failed load (the extension was updated under the page) may be tried again on the next use.
    pending.catch(() => loading.delete(ui));
    loading.set(ui, pending);
  }
  return pending as Promise<LazyEntries[K]>;
}

/**
 * Starts a feature whose code is loaded first (`start` gets its entry point). The stop returned at once also
 * stops it while it is still loading (the page moved on), and so does the script's end (an update or a second
 * copy of the script invalidates this one, maybe before the code arrives): no feature outlives its page.
 */
export function startLazily<K extends LazyUi>(
  ctx: ContentScriptContext,
  ui: K,
  start: (entry: LazyEntries[K]) => () => void,
): () => void {
  let stopped = false;
  let stopStarted: (() => void) | undefined;
  loadLazyUi(ui)
    .then((entry) => {
      if (!stopped && !ctx.isInvalid) stopStarted = start(entry);
    })
    .catch((error: unknown) => console.warn(`[seller-desk] ${ui} could not be loaded`, error));
  const stop = () => {
    stopped = true;
    stopStarted?.();
  };
  ctx.onInvalidated(stop);
  return stop;
}
