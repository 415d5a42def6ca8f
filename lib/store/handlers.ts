import { catalogs, supportedLocales } from '../i18n';
import type { Api, Request, RequestType, Response } from '../messaging/protocol';
import { applyImport, exportBackup, parseBackup, previewImport } from './backup';
import { matchesPattern } from '../platforms/match-pattern';
import { checkNewReport } from '../reports/lifecycle';
import { applyReports } from '../reports/effect';
import { assess } from '../rules/assess';
import type { Order } from '../orders/types';
import type { Db } from './db';
import { resetRule, restoreDefaultTemplates } from './presets-sync';
import {
  getSettings,
  listRules,
  listSeenOrders,
  listTemplates,
  putRule,
  recordSeenOrders,
  recordUsage,
  updateSettings,
} from './repository';

type Handlers = { [T in RequestType]: (db: Db, req: Request<T>, now: number) => Promise<Api[T]['res']> };

const handlers: Handlers = {
  'page/config': async (db) => ({
    rules: await listRules(db),
    settings: await getSettings(db),
    reports: await db.getAll('reports'),
  }),
  'i18n/catalogs': async (_db, req) =>
    Object.fromEntries(req.locales.filter((l) => supportedLocales.includes(l)).map((l) => [l, catalogs[l]])),
  'orders/seen': async (db, req, now) => {
    const [rules, settings, reports] = await Promise.all([
      listRules(db),
      getSettings(db),
      db.getAll('reports'),
    ]);
    const late = (order: Order) =>
      applyReports(order, assess(order, rules, settings, now), reports, settings, now).assessment.level ===
      'overdue';
    return { stored: await recordSeenOrders(db, req.orders, req.url, now, late) };
  },
  'orders/list': async (db) => ({
    orders: await listSeenOrders(db),
    rules: await listRules(db),
    settings: await getSettings(db),
    reports: await db.getAll('reports'),
  }),
  'reports/create': async (db, req, now) => {
    const settings = await getSettings(db);
    // The platform's procedure is checked here too: a second delay card never reaches the store.
    const refusal = checkNewReport(req.report, await db.getAll('reports'), now, settings.pageOffsetMinutes);
    if (refusal) return { ok: false, refusal };
    await db.put('reports', req.report);
    return { ok: true, report: req.report };
  },
  'reports/decide': async (db, req, now) => {
    const report = await db.get('reports', req.id);
    if (!report) return null;
    const decided = { ...report, status: req.status, decidedAt: now };
    await db.put('reports', decided);
    return decided;
  },
  'settings/get': (db) => getSettings(db),
  'settings/update': (db, req) => updateSettings(db, req.patch),
  'rules/list': (db) => listRules(db),
  'rules/put': (db, req) => putRule(db, { ...req.rule, edited: true }),
  'rules/reset': (db, req) => resetRule(db, req.id),
  'templates/list': (db) => listTemplates(db),
  'templates/put': async (db, req) => {
    const template = { ...req.template, edited: true };
    await db.put('templates', template);
    return template;
  },
  'templates/delete': async (db, req) => {
    const existed = (await db.count('templates', req.id)) > 0;
    await db.delete('templates', req.id);
    return { deleted: existed };
  },
  'templates/restore': (db) => restoreDefaultTemplates(db),
  'usage/record': (db, req, now) => recordUsage(db, req.templateId, now),
  'usage/list': (db) => db.getAll('usage'),
  'sites/list': (db) => db.getAll('sites'),
  'sites/match': async (db, req) =>
    (await db.getAll('sites')).find((s) => matchesPattern(s.pattern, req.url)) ?? null,
  'sites/put': async (db, req) => {
    await db.put('sites', req.site);
    return req.site;
  },
  'sites/delete': async (db, req) => {
    const existed = (await db.count('sites', req.id)) > 0;
    await db.delete('sites', req.id);
    return { deleted: existed };
  },
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
};

/** The background's single entry point: every request answered, failures as `{ ok: false }`. */
export async function handleRequest<T extends RequestType>(
  db: Db,
  req: Request<T>,
  now: number,
): Promise<Response<T>> {
  const handler = handlers[req.type] as
    ((db: Db, req: Request<T>, now: number) => Promise<Api[T]['res']>) | undefined;
  if (!handler) return { ok: false, error: `Unknown request ${String(req.type)}` };
  try {
    return { ok: true, data: await handler(db, req, now) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
