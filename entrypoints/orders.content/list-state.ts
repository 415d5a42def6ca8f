import { uiLocale } from '@/components/locale';
import { createTranslator, type Locale, type Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/types';
import type { Platform } from '@/lib/platforms/types';
import type { DelayReport } from '@/lib/reports/types';
import type { Rule } from '@/lib/rules/types';
import { defaultPageSettings, type PageSettings } from '@/lib/settings/page';
import type { Row } from './rows';

/**
 * What the merchant set for this page: rules, settings, delay reports. Of the settings, only what an order page
 * reads (the word lists are the reply helper's and the after-sales lists').
 */
export interface PageConfig {
  rules: readonly Rule[];
  settings: PageSettings;
  reports: DelayReport[];
}

/**
 * Everything the overlay of one order page keeps between passes, in one place. Each phase of a pass
 * (pass.ts: find → read → assess → mark → draw → report) reads and writes it; nothing else does.
 */
export interface ListState extends PageConfig {
  readonly platform: Platform;
  locale: Locale;
  t: Translate;
  /** The merchant's settings and language have arrived: rows get their marks and badges together. */
  configured: boolean;
  /**
   * Settings arrived, or could not be had (then rows are marked with the default rules and settings, without
   * badges: countdowns.ts loads those rules then).
   */
  ready: boolean;
  /** The readers were warmed up while the page had no list yet. */
  warmedUp: boolean;
  stopped: boolean;
  /** The rows on the page, by their element. */
  readonly rows: Map<Element, Row>;
  /**
   * Orders by the key of the text they were read from (and their number): a list re-rendered with the same rows
   * is not re-read. Keyed by a number, not the text: the texts of a 2,000-row list are not kept alive.
   */
  readCache: Map<number, Order>;
  /** Badges we put on the page and have not taken away ourselves. */
  readonly placed: WeakSet<Node>;
  /** Badges the first screen put inline unmeasured: measured when the next pass places its badges. */
  readonly unsettled: (() => void)[];
}

export function createListState(platform: Platform): ListState {
  const locale = uiLocale(defaultPageSettings);
  return {
    platform,
    // No pass runs before the config arrives (or is known not to): no rules are needed until then.
    rules: [],
    settings: defaultPageSettings,
    reports: [],
    locale,
    t: createTranslator(locale),
    configured: false,
    ready: false,
    warmedUp: false,
    stopped: false,
    rows: new Map(),
    readCache: new Map(),
    placed: new WeakSet(),
    unsettled: [],
  };
}

/**
 * The one place the page's configuration is set (at load, and whenever it changes): rules, settings, reports,
 * the language they are shown in. Every row is then redrawn on the next pass, from a fresh reading (settings
 * hold the page's time offset, which the readings depend on).
 */
export function setConfig(state: ListState, config: PageConfig): void {
  state.rules = config.rules;
  state.settings = config.settings;
  state.reports = config.reports;
  state.locale = uiLocale(config.settings);
  state.t = createTranslator(state.locale);
  state.configured = true;
  state.ready = true;
  state.readCache = new Map();
  redrawAll(state);
}

/** Settings, rules or reports changed: every row is redrawn (from its cached reading) on the next pass. */
export function redrawAll(state: ListState): void {
  for (const row of state.rows.values()) row.key = undefined;
}
