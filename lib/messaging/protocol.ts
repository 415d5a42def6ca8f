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
 * Every request a content script, the popup or the options page can make of the background.
 * Whole-item edits carry `base`, the item as the page loaded it (`null`: new), and are refused with
 * a `conflict` error if another page changed it since; settings travel as a patch of what changed.
 */
export interface Api {
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

export type RequestType = keyof Api;
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
