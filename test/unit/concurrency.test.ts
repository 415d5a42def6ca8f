import { describe, expect, it } from 'vitest';
import { createClient } from '../../lib/messaging/client';
import { isEnvelope } from '../../lib/messaging/protocol';
import type { Order } from '../../lib/orders/types';
import type { DelayReport } from '../../lib/reports/types';
import { openStore, type Db } from '../../lib/store/db';
import { handleRequest } from '../../lib/service/handlers';
import type { SiteConfig } from '../../lib/store/schema';
import type { Template } from '../../lib/templates/types';

// Two extension pages (or tabs) writing at once: every request goes through the background's
// handlers, as in the extension; the pages each loaded the data before either of them saved.

let n = 0;
const fresh = () => openStore(`sd-concurrent-${++n}-${Math.random()}`);

function pageOf(db: Db, now = 1000) {
  return createClient(async (message) => {
    if (!isEnvelope(message)) throw new Error('not ours');
    // Messaging is JSON: what a page sends and receives is a copy, never the stored object.
    return JSON.parse(JSON.stringify(await handleRequest(db, message.request, now))) as unknown;
  });
}

const settled = async <T>(work: Promise<T>[]) => {
  const results = await Promise.allSettled(work);
  return {
    saved: results.filter((r) => r.status === 'fulfilled').map((r) => r.value),
    refused: results.filter((r) => r.status === 'rejected').map((r) => r.reason as { code?: string }),
  };
};

describe('two pages changing settings at once', () => {
  it('different feature switches flipped in two pages are both kept', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const base = await a('settings/get', {});
    await Promise.all([
      a('settings/update', { patch: { features: { countdowns: false } }, base }),
      b('settings/update', { patch: { features: { replies: false } }, base }),
    ]);
    const stored = await a('settings/get', {});
    expect(stored.features).toMatchObject({ countdowns: false, replies: false, notifications: true });
    db.close();
  });

  it('different settings saved from two pages at once are both kept', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const base = await a('settings/get', {});
    await Promise.all([
      a('settings/update', { patch: { urgentHours: 3 }, base }),
      b('settings/update', { patch: { locale: 'es', complianceWords: { reviews: ['好评'] } }, base }),
    ]);
    const stored = await a('settings/get', {});
    expect(stored).toMatchObject({ urgentHours: 3, locale: 'es', soonHours: base.soonHours });
    expect(stored.complianceWords.reviews).toEqual(['好评']);
    expect(stored.complianceWords.absolute).toEqual(base.complianceWords.absolute);
    db.close();
  });

  it('a stale page changing a setting another page just changed is refused, not silently reverted', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const base = await a('settings/get', {});
    await a('settings/update', { patch: { soonHours: 72 }, base });
    await expect(b('settings/update', { patch: { soonHours: 24 }, base })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await a('settings/get', {})).soonHours).toBe(72);
    // The same change made in both pages is no conflict.
    await expect(b('settings/update', { patch: { soonHours: 72 }, base })).resolves.toMatchObject({
      soonHours: 72,
    });
    db.close();
  });
});

describe('two pages editing the same item', () => {
  it('two template edits from the same version: one is saved, the other refused as a conflict', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const base = (await a('templates/list', {})).find((t) => t.id === 'builtin.out-of-stock')!;
    const edit = (text: string): Template => ({ ...base, text: { ...base.text, zh_CN: text } });
    const { saved, refused } = await settled([
      a('templates/put', { template: edit('A 的话'), base }),
      b('templates/put', { template: edit('B 的话'), base }),
    ]);
    expect(saved).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(['conflict']);
    const stored = (await a('templates/list', {})).find((t) => t.id === base.id)!;
    expect(stored.text.zh_CN).toBe(saved[0]!.text.zh_CN);
    db.close();
  });

  it('a rule switched off in one page and edited in another: the stale one is refused', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const base = (await a('rules/list', {})).find((r) => r.id === 'jd.waybill-24h')!;
    await a('rules/put', { rule: { ...base, limitHours: 48 }, base });
    await expect(b('rules/put', { rule: { ...base, enabled: false }, base })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await a('rules/list', {})).find((r) => r.id === base.id)).toMatchObject({
      limitHours: 48,
      enabled: base.enabled,
    });
    db.close();
  });

  it('a new template never replaces one another page created with the same id', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const mine: Template = {
      id: 'custom.same',
      situation: 'refund',
      builtIn: false,
      title: { en: 'A' },
      text: { en: 'A' },
    };
    await a('templates/put', { template: mine, base: null });
    await expect(
      b('templates/put', { template: { ...mine, title: { en: 'B' } }, base: null }),
    ).rejects.toMatchObject({ code: 'conflict' });
    db.close();
  });

  it('a template another page edited meanwhile is not deleted from a stale page', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const mine: Template = {
      id: 'custom.x',
      situation: 'refund',
      builtIn: false,
      title: {},
      text: { en: 'v1' },
    };
    await a('templates/put', { template: mine, base: null });
    const [shown] = (await b('templates/list', {})).filter((t) => t.id === mine.id);
    await a('templates/put', { template: { ...mine, text: { en: 'v2' } }, base: shown });
    await expect(b('templates/delete', { id: mine.id, base: shown! })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await a('templates/list', {})).find((t) => t.id === mine.id)?.text.en).toBe('v2');
    db.close();
  });

  it('per-site switches flipped in two pages from the same version: the stale one is refused', async () => {
    const db = await fresh();
    const [a, b] = [pageOf(db), pageOf(db)];
    const site: SiteConfig = {
      id: 'site.1',
      pattern: 'https://erp.example.com/*',
      platform: 'generic',
      features: { countdowns: true, replies: true, delayReports: true, notifications: true },
    };
    await a('sites/put', { site, base: null });
    const { saved, refused } = await settled([
      a('sites/put', { site: { ...site, features: { ...site.features, replies: false } }, base: site }),
      b('sites/put', { site: { ...site, features: { ...site.features, countdowns: false } }, base: site }),
    ]);
    expect([saved.length, refused.map((e) => e.code)]).toEqual([1, ['conflict']]);
    expect((await a('sites/list', {}))[0]).toEqual(saved[0]);
    db.close();
  });
});

describe('background writers racing', () => {
  const order = (id: string, status: Order['status'] = 'pending'): Order => ({ id, platform: 'jd', status });

  it('orders seen from two tabs at once are all kept, with what each sighting learnt', async () => {
    const db = await fresh();
    await Promise.all([
      handleRequest(db, { type: 'orders/seen', url: 'tab-1', orders: [order('1'), order('2')] }, 1000),
      handleRequest(
        db,
        { type: 'orders/seen', url: 'tab-2', orders: [order('1', 'shipped'), order('3')] },
        1000,
      ),
    ]);
    const stored = await db.getAll('orders');
    expect(stored.map((o) => o.key).sort()).toEqual(['jd:1', 'jd:2', 'jd:3']);
    expect(stored.find((o) => o.key === 'jd:1')).toMatchObject({ firstSeenAt: 1000, shippedSeenAt: 1000 });
    db.close();
  });

  it('a tab answering late with an older reading does not put an order back to unshipped', async () => {
    const db = await fresh();
    await handleRequest(db, { type: 'orders/seen', url: 'fresh-tab', orders: [order('9', 'shipped')] }, 5000);
    await handleRequest(db, { type: 'orders/seen', url: 'old-tab', orders: [order('9')] }, 4000);
    expect(await db.get('orders', 'jd:9')).toMatchObject({
      order: { status: 'shipped' },
      url: 'fresh-tab',
      seenAt: 5000,
      firstSeenAt: 4000,
      shippedSeenAt: 5000,
    });
    db.close();
  });

  it('template uses counted from two reply boxes at once are all counted', async () => {
    const db = await fresh();
    await Promise.all(
      Array.from({ length: 5 }, () => handleRequest(db, { type: 'usage/record', templateId: 'x' }, 1000)),
    );
    expect((await db.get('usage', 'x'))?.count).toBe(5);
    db.close();
  });

  it('two tabs filing a JD delay card for the same order at once: only one card is stored', async () => {
    const db = await fresh();
    const card = (id: string): DelayReport => ({
      id,
      kind: 'card',
      platform: 'jd',
      orderKey: 'jd:1',
      status: 'pending',
      reason: 'out-of-stock',
      createdAt: 1000,
      // A whole hour (China time) after `now`.
      newShipTime: 16 * 3_600_000,
    });
    const answers = await Promise.all([
      handleRequest(db, { type: 'reports/create', report: card('r1') }, 1000),
      handleRequest(db, { type: 'reports/create', report: card('r2') }, 1000),
    ]);
    expect(answers.map((a) => a.ok && a.data.ok)).toEqual([true, false]);
    expect(await db.count('reports')).toBe(1);
    db.close();
  });
});
