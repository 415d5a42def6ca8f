import type { Api, Request, RequestType, Response } from '../messaging/protocol';
import type { Db } from './db';
import {
  getSettings,
  listRules,
  listSeenOrders,
  listTemplates,
  putRule,
  recordSeenOrders,
  updateSettings,
} from './repository';

type Handlers = { [T in RequestType]: (db: Db, req: Request<T>, now: number) => Promise<Api[T]['res']> };

const handlers: Handlers = {
  'page/config': async (db) => ({ rules: await listRules(db), settings: await getSettings(db) }),
  'orders/seen': async (db, req, now) => ({
    stored: await recordSeenOrders(
      db,
      req.orders.map((order) => ({ key: `${order.platform}:${order.id}`, order, url: req.url, seenAt: now })),
    ),
  }),
  'orders/list': async (db) => ({
    orders: await listSeenOrders(db),
    rules: await listRules(db),
    settings: await getSettings(db),
  }),
  'settings/get': (db) => getSettings(db),
  'settings/update': (db, req) => updateSettings(db, req.patch),
  'rules/list': (db) => listRules(db),
  'rules/put': (db, req) => putRule(db, req.rule),
  'templates/list': (db) => listTemplates(db),
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
