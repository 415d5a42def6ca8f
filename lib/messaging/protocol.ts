import type { Locale, Messages } from '../i18n/translate';
import type { Order } from '../orders/types';
import type { Platform } from '../platforms/types';
import type { Refusal } from '../reports/lifecycle';
import type { DelayReport } from '../reports/types';
import type { Rule } from '../rules/types';
import type { Settings } from '../settings';
import type { SettingsPatch } from '../settings/patch';
import type { ExportScope, ImportError, ImportPreview } from '../store/backup';
import type { BackupFile } from '../store/backup-schema';
import type { StoreErrorCode } from '../store/errors';
import type { StorageProblem } from '../store/health';
import type { SeenOrder, SiteConfig, TemplateUsage } from '../store/schema';
import type { Template } from '../templates/types';

/**
 * The one protocol between the pages and the background, on one runtime channel (CHANNEL):
 * - requests, page → background: `{ channel, request }`, answered with a `Response` (the `Api` map below);
 * - events, background → content scripts: `{ channel, event }` (`PageEvent`), sent with tabs.sendMessage.
 * Each direction has one type guard (`isEnvelope`, `isEventEnvelope`) and one listener per side.
 */

/**
 * Every request a content script, the popup or the options page can make of the background and that the store
 * answers (lib/service/handlers.ts). Whole-item edits carry `base`, the item as the page loaded it (`null`: new),
 * and are refused with a `conflict` error if another page changed it since; settings travel as a patch of what
 * changed.
 */
export interface StoreApi {
  'page/config': {
    /** `language`: the browser's (navigator.language); with it, the UI catalog comes in the same answer. */
    req: { platform: Platform; language?: string };
    res: {
      rules: Rule[];
      settings: Settings;
      reports: DelayReport[];
      catalog?: { locale: Locale; messages: Messages };
    };
  };
  /** Content scripts carry no translations; they ask for the languages they are about to show. */
  'i18n/catalogs': { req: { locales: Locale[] }; res: Partial<Record<Locale, Messages>> };
  'orders/seen': { req: { url: string; orders: Order[] }; res: { stored: number } };
  /** The seen orders of one platform (the reply helper's chat), optionally only those numbers. */
  'orders/find': { req: { platform: Platform; ids?: string[] }; res: SeenOrder[] };
  'orders/list': {
    req: Record<string, never>;
    res: { orders: SeenOrder[]; rules: Rule[]; settings: Settings; reports: DelayReport[] };
  };
  'reports/create': {
    req: { report: DelayReport };
    res: { ok: true; report: DelayReport } | { ok: false; refusal: Refusal };
  };
  'reports/decide': { req: { id: string; status: 'accepted' | 'refused' }; res: DelayReport | null };
  'settings/get': { req: Record<string, never>; res: Settings };
  'settings/update': { req: { patch: SettingsPatch; base?: Settings }; res: Settings };
  'rules/list': { req: Record<string, never>; res: Rule[] };
  'rules/put': { req: { rule: Rule; base?: Rule | null }; res: Rule };
  'rules/reset': { req: { id: string }; res: Rule | null };
  'templates/list': { req: Record<string, never>; res: Template[] };
  'templates/put': { req: { template: Template; base?: Template | null }; res: Template };
  'templates/delete': { req: { id: string; base?: Template }; res: { deleted: boolean } };
  'templates/restore': { req: Record<string, never>; res: Template[] };
  'usage/record': { req: { templateId: string }; res: TemplateUsage };
  'usage/list': { req: Record<string, never>; res: TemplateUsage[] };
  'sites/list': { req: Record<string, never>; res: SiteConfig[] };
  'sites/match': { req: { url: string }; res: SiteConfig | null };
  'sites/put': { req: { site: SiteConfig; base?: SiteConfig | null }; res: SiteConfig };
  'sites/delete': { req: { id: string; base?: SiteConfig }; res: { deleted: boolean } };
  'backup/export': { req: { scope: ExportScope }; res: BackupFile };
  'backup/preview': {
    req: { text: string };
    res: { ok: true; preview: ImportPreview } | { ok: false; error: ImportError };
  };
  'backup/apply': { req: { text: string }; res: { ok: true } | { ok: false; error: ImportError } };
  /** The last write that failed for lack of space or a blocked upgrade, until a write succeeds again. */
  'store/status': { req: Record<string, never>; res: { problem: StorageProblem | null } };
}

/** Requests the background answers itself, because they need the sending tab (not the store). */
export interface WorkerApi {
  /** Puts one piece of UI's code into the sending frame, on first use (content scripts load without it). */
  'ui/load': { req: { ui: LazyUi }; res: { loaded: boolean } };
}

/**
 * The UI loaded into a page only when the merchant first uses it, each an unlisted script of its own name
 * (`entrypoints/<name>.ts`): the delay-report helper, the reply-template picker, the after-sales marks (an
 * after-sales list is a page of its own: order lists load without them), the offer to fill a delay-report form, a
 * badge's explanation and menu (first hover, focus or open), the "could not read this page" notice, and the default
 * rules, which an order page needs only when the merchant's own could not be had (the store failed).
 */
export const lazyUis = [
  'delay-dialog',
  'template-picker',
  'after-sales',
  'report-form',
  'badge-more',
  'page-notice',
  'preset-rules',
] as const;
export type LazyUi = (typeof lazyUis)[number];
export const isLazyUi = (value: unknown): value is LazyUi => (lazyUis as readonly unknown[]).includes(value);

export interface Api extends StoreApi, WorkerApi {}

export type RequestType = keyof Api;
export type StoreRequestType = keyof StoreApi;
export const workerRequests: readonly (keyof WorkerApi)[] = ['ui/load'];
export const isWorkerRequest = (request: Request): request is Request<keyof WorkerApi> =>
  (workerRequests as readonly string[]).includes(request.type);
export type Request<T extends RequestType = RequestType> = { type: T } & Api[T]['req'];
/** A failure the pages can explain carries its `code`; `error` is the detail for the console. */
export type Response<T extends RequestType> =
  { ok: true; data: Api[T]['res'] } | { ok: false; error: string; code?: StoreErrorCode };

/** Marks our messages so the background ignores anything else on the runtime channel. */
export const CHANNEL = 'seller-desk/v1';
export type Envelope = { channel: typeof CHANNEL; request: Request };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { channel?: unknown }).channel === CHANNEL &&
    typeof (message as { request?: { type?: unknown } }).request?.type === 'string'
  );
}

/** What a write changed, for the pages that show it (and the toolbar badge, which counts orders by rules). */
export type Topic = 'orders' | 'settings' | 'rules' | 'reports' | 'templates' | 'sites';

/** Everything the background tells content scripts. */
export type PageEvent =
  /** The reply-templates shortcut (the `open-templates` command): the page opens its picker. */
  | { type: 'open-templates' }
  /** Something a page loaded once has changed (in the options page, another tab, an import): load it again. */
  | { type: 'changed'; topics: Topic[] };
export type EventEnvelope = { channel: typeof CHANNEL; event: PageEvent };

export const eventEnvelope = (event: PageEvent): EventEnvelope => ({ channel: CHANNEL, event });

export function isEventEnvelope(message: unknown): message is EventEnvelope {
  if (typeof message !== 'object' || message === null) return false;
  const { channel, event } = message as { channel?: unknown; event?: { type?: unknown; topics?: unknown } };
  if (channel !== CHANNEL || typeof event !== 'object' || event === null) return false;
  return event.type === 'open-templates' || (event.type === 'changed' && Array.isArray(event.topics));
}

/**
 * What each write changes: the background tells open pages, and refreshes the toolbar badge when the topic is one
 * it counts by. A request missing here writes nothing a page shows (`usage/record` only orders the picker's list
 * next time it loads).
 */
export const writeTopics: Partial<Record<RequestType, readonly Topic[]>> = {
  'orders/seen': ['orders'],
  'reports/create': ['reports'],
  'reports/decide': ['reports'],
  'settings/update': ['settings'],
  'rules/put': ['rules'],
  'rules/reset': ['rules'],
  'templates/put': ['templates'],
  'templates/delete': ['templates'],
  'templates/restore': ['templates'],
  'sites/put': ['sites'],
  'sites/delete': ['sites'],
  'backup/apply': ['settings', 'rules', 'reports', 'templates', 'sites'],
};

/** The toolbar badge counts seen orders assessed by the rules, settings (thresholds) and delay reports. */
export const badgeTopics: readonly Topic[] = ['orders', 'settings', 'rules', 'reports'];
