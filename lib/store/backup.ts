import type { Rule } from '../rules/types';
import type { Settings } from '../settings';
import type { Template } from '../templates/types';
import type { Db } from './db';
import { BACKUP_FORMAT, BackupSchema, type BackupFile } from './backup-schema';
import { DB_VERSION } from './migrations';
import { getSettings } from './repository';
import { sameValue } from '../values/same-value';
import type { DelayReport, SiteConfig, TemplateUsage } from './schema';
import { inTransaction, writeAll } from './transaction';
import { validate, type Invalid } from './validate';

export type ExportScope = 'all' | 'rules' | 'templates';

/** Files past this size are refused before parsing: no merchant has 5 MB of rules and templates. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/**
 * "all" is everything the merchant made: rules, templates and how often each was used, sites, settings and
 * delay reports. Orders seen on the pages and the notifications already sent are not: they are read again
 * from the platform's pages (and they hold buyers' order data, which a file on disk should not carry).
 */
export async function exportBackup(db: Db, scope: ExportScope, now: number): Promise<BackupFile> {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    schemaVersion: DB_VERSION,
    exportedAt: new Date(now).toISOString(),
  };
  if (scope !== 'templates') file.rules = await db.getAll('rules');
  if (scope !== 'rules') file.templates = await db.getAll('templates');
  if (scope === 'all') {
    file.settings = await getSettings(db);
    file.sites = await db.getAll('sites');
    file.reports = await db.getAll('reports');
    file.usage = await db.getAll('usage');
  }
  return file;
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'invalid'; invalid: Invalid };

/** Parses and validates a backup; the error names the first bad value (invalid-text.ts words it). */
export function parseBackup(
  text: string,
): { ok: true; file: BackupFile } | { ok: false; error: ImportError } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'foreign' } };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > DB_VERSION)
    return { ok: false, error: { code: 'newer', version } };
  const checked = validate(BackupSchema, data);
  return checked.ok
    ? { ok: true, file: checked.value }
    : { ok: false, error: { code: 'invalid', invalid: checked.invalid } };
}

export interface Changes {
  added: string[];
  changed: string[];
  unchanged: number;
}

export interface ImportPreview {
  rules?: Changes;
  templates?: Changes;
  sites?: Changes;
  reports?: Changes;
  usage?: Changes;
  settings?: boolean;
}

/**
 * Compared by value (sameValue): the file's objects come back from JSON and validation with their keys
 * in another order, which is not a change (an unchanged export once previewed as "16 changed").
 */
function diff<T>(incoming: readonly T[], current: readonly T[], key: (item: T) => string): Changes {
  const byKey = new Map(current.map((x) => [key(x), x]));
  const out: Changes = { added: [], changed: [], unchanged: 0 };
  for (const item of incoming) {
    const existing = byKey.get(key(item));
    if (!existing) out.added.push(key(item));
    else if (!sameValue(existing, item)) out.changed.push(key(item));
    else out.unchanged++;
  }
  return out;
}
const byId = (x: { id: string }) => x.id;

/** What importing would change, shown to the merchant before anything is written. */
export async function previewImport(db: Db, file: BackupFile): Promise<ImportPreview> {
  const preview: ImportPreview = {};
  if (file.rules) preview.rules = diff(file.rules, await db.getAll('rules'), byId);
  if (file.templates) preview.templates = diff(file.templates, await db.getAll('templates'), byId);
  if (file.sites) preview.sites = diff(file.sites, await db.getAll('sites'), byId);
  if (file.reports) preview.reports = diff(file.reports, await db.getAll('reports'), byId);
  if (file.usage) preview.usage = diff(file.usage, await db.getAll('usage'), (u) => u.templateId);
  if (file.settings) preview.settings = !sameValue(file.settings, await getSettings(db));
  return preview;
}

/**
 * Applies a validated backup in one transaction over every store it touches: all of it or, if
 * anything fails, none of it. Items are upserted by id; nothing the file does not mention is deleted.
 */
export async function applyImport(db: Db, file: BackupFile): Promise<void> {
  const tx = db.transaction(['rules', 'templates', 'sites', 'settings', 'reports', 'usage'], 'readwrite');
  await inTransaction(tx, async () => {
    // A put can throw synchronously (a value IndexedDB cannot store): that too must abort everything.
    const puts: (() => Promise<unknown>)[] = [
      ...(file.rules ?? []).map((rule) => () => tx.objectStore('rules').put(rule as Rule)),
      ...(file.templates ?? []).map((tpl) => () => tx.objectStore('templates').put(tpl as Template)),
      ...(file.sites ?? []).map((site) => () => tx.objectStore('sites').put(site as SiteConfig)),
      ...(file.reports ?? []).map((report) => () => tx.objectStore('reports').put(report as DelayReport)),
      ...(file.usage ?? []).map((use) => () => tx.objectStore('usage').put(use as TemplateUsage)),
    ];
    if (file.settings) {
      const value = file.settings as Settings;
      puts.push(() => tx.objectStore('settings').put({ key: 'app', value }));
    }
    await writeAll(puts, (put) => put());
  });
}
