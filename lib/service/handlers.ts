import { catalogs, resolveLocale, supportedLocales } from '../i18n';
import type { Api, Request, RequestType, Response, StoreRequestType } from '../messaging/protocol';
import { applyImport, exportBackup, parseBackup, previewImport } from '../store/backup';
import { matchesPattern } from '../platforms/match-pattern';
import { checkNewReport } from '../reports/lifecycle';
import { assessWithReports } from '../rules/with-reports';
import type { Order } from '../orders/types';
import type { SeenOrder } from '../orders/seen';
import type { Db } from '../store/db';
import { storeErrorCode } from '../store/errors';
import { createHealth, type Health } from '../store/health';
import { resetRule, restoreDefaultTemplates } from '../store/presets-sync';
import { deleteItem, putIfUnchanged } from '../store/put-if-unchanged';
import { applySettingsPatch } from '../settings/patch';
import {
  OrderListSchema,
  ReportSchema,
  RuleSchema,
  SettingsSchema,
  SiteSchema,
  TemplateSchema,
} from '../store/schemas';
import { inTransaction } from '../store/transaction';
import { parseOrThrow } from '../store/validate';
import {
  getSettings,
  listRules,
  listSeenOrders,
  listTemplates,
  recordSeenOrders,
  recordUsage,
  updateSettings,
} from '../store/repository';

type Handler<T extends RequestType> = (
  db: Db,
  req: Request<T>,
  now: number,
  health: Health,
) => Promise<Api[T]['res']>;
type Handlers = { [T in StoreRequestType]: Handler<T> };

/** Requests that write: one that succeeds shows the store takes writes again. */
const writes = new Set<RequestType>([
  'orders/seen',
  'reports/create',
  'reports/decide',
  'settings/update',
  'rules/put',
  'rules/reset',
  'templates/put',
  'templates/delete',
  'templates/restore',
  'usage/record',
  'sites/put',
  'sites/delete',
  'backup/apply',
]);

const handlers: Handlers = {
  'page/config': async (db, req) => {
    const settings = await getSettings(db);
    const config = { rules: await listRules(db), settings, reports: await db.getAll('reports') };
    if (req.language === undefined) return config;
    // One round trip for a content script: its settings and the language they select.
    const locale = resolveLocale(settings.locale, req.language);
    return { ...config, catalog: { locale, messages: catalogs[locale] } };
  },
  'i18n/catalogs': async (_db, req) =>
    Object.fromEntries(req.locales.filter((l) => supportedLocales.includes(l)).map((l) => [l, catalogs[l]])),
  'orders/seen': async (db, req, now) => {
    const [rules, settings, reports] = await Promise.all([
      listRules(db),
      getSettings(db),
      db.getAll('reports'),
    ]);
    const late = (order: Order) =>
      assessWithReports(order, rules, settings, reports, now).assessment.level === 'overdue';
    const orders = parseOrThrow(OrderListSchema, req.orders, 'orders');
    return { stored: await recordSeenOrders(db, orders, req.url, now, late) };
  },
  'orders/find': async (db, req) => {
    // Keys are `platform:id`: one platform's orders are one key range, not the whole store.
    const prefix = `${req.platform}:`;
    if (req.ids)
      return (await Promise.all(req.ids.map((id) => db.get('orders', prefix + id)))).filter(
        (o): o is SeenOrder => !!o,
      );
    return db.getAll('orders', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  },
  'orders/list': async (db) => ({
    orders: await listSeenOrders(db),
    rules: await listRules(db),
    settings: await getSettings(db),
    reports: await db.getAll('reports'),
  }),
  'reports/create': async (db, req, now) => {
    const report = parseOrThrow(ReportSchema, req.report, 'report');
    const settings = await getSettings(db);
    // The platform's procedure is checked in the transaction that writes: two pages filing at once
    // cannot both pass the check, so a second delay card never reaches the store.
    const tx = db.transaction('reports', 'readwrite');
    return inTransaction(tx, async () => {
      const refusal = checkNewReport(report, await tx.store.getAll(), now, settings.pageTimeZone);
      if (refusal) return { ok: false as const, refusal };
      await tx.store.put(report);
      return { ok: true as const, report };
    });
  },
  'reports/decide': async (db, req, now) => {
    const tx = db.transaction('reports', 'readwrite');
    return inTransaction(tx, async () => {
      const report = await tx.store.get(req.id);
      if (!report) return null;
      const decided = { ...report, status: req.status, decidedAt: now };
      await tx.store.put(decided);
      return decided;
    });
  },
  'settings/get': (db) => getSettings(db),
  'settings/update': async (db, req) => {
    // What must be valid is the settings the patch makes ("urgent" below "due soon" spans two settings).
    parseOrThrow(SettingsSchema, applySettingsPatch(await getSettings(db), req.patch), 'settings');
    return updateSettings(db, req.patch, req.base);
  },
  'rules/list': (db) => listRules(db),
  'rules/put': (db, req) =>
    putIfUnchanged(db, 'rules', { ...parseOrThrow(RuleSchema, req.rule, 'rule'), edited: true }, req.base),
  'rules/reset': (db, req) => resetRule(db, req.id),
  'templates/list': (db) => listTemplates(db),
  'templates/put': (db, req) =>
    putIfUnchanged(
      db,
      'templates',
      { ...parseOrThrow(TemplateSchema, req.template, 'template'), edited: true },
      req.base,
    ),
  'templates/delete': (db, req) => deleteItem(db, 'templates', req.id, req.base),
  'templates/restore': (db) => restoreDefaultTemplates(db),
  'usage/record': (db, req, now) => recordUsage(db, req.templateId, now),
  'usage/list': (db) => db.getAll('usage'),
  'sites/list': (db) => db.getAll('sites'),
  'sites/match': async (db, req) =>
    (await db.getAll('sites')).find((s) => matchesPattern(s.pattern, req.url)) ?? null,
  'sites/put': (db, req) => putIfUnchanged(db, 'sites', parseOrThrow(SiteSchema, req.site, 'site'), req.base),
  'sites/delete': (db, req) => deleteItem(db, 'sites', req.id, req.base),
  'backup/export': (db, req, now) => exportBackup(db, req.scope, now),
  'backup/preview': async (db, req) => {
    const parsed = parseBackup(req.text);
    return parsed.ok ? { ok: true, preview: await previewImport(db, parsed.file) } : parsed;
  },
  'backup/apply': async (db, req) => {
    const parsed = parseBackup(req.text);
    if (!parsed.ok) return parsed;
    await applyImport(db, parsed.file);
    return { ok: true };
  },
  'store/status': async (_db, _req, _now, health) => {
    await health.ready();
    return { problem: health.current() };
  },
};

/** A failure as the pages receive it: with a code when they can explain it to the merchant. */
export function failure<T extends RequestType>(
  error: unknown,
  type: T,
  now: number,
  health: Health,
): Response<T> {
  const code = storeErrorCode(error);
  health.failed(code, type, now);
  const message = error instanceof Error ? error.message : String(error);
  return code ? { ok: false, error: message, code } : { ok: false, error: message };
}

/** The background's single entry point: every request answered, failures as `{ ok: false }`. */
export async function handleRequest<T extends RequestType>(
  db: Db,
  req: Request<T>,
  now: number,
  health: Health = createHealth(),
): Promise<Response<T>> {
  // Requests that need the sending tab (WorkerApi) are answered by the background itself, never here.
  const handler = (handlers as Partial<Record<RequestType, unknown>>)[req.type] as Handler<T> | undefined;
  if (!handler) return { ok: false, error: `Unknown request ${String(req.type)}` };
  try {
    const data = await handler(db, req, now, health);
    health.succeeded(writes.has(req.type));
    return { ok: true, data };
  } catch (error) {
    return failure(error, req.type, now, health);
  }
}

/**
 * Answers a request once the database is open: an open that fails (an upgrade blocked by an old
 * Seller Desk page, no space to upgrade) is answered like any other failure, with its code.
 */
export async function serve<T extends RequestType>(
  openDb: () => Promise<Db>,
  req: Request<T>,
  now: number,
  health: Health,
): Promise<Response<T>> {
  let db: Db;
  try {
    db = await openDb();
  } catch (error) {
    return failure(error, req.type, now, health);
  }
  return handleRequest(db, req, now, health);
}
