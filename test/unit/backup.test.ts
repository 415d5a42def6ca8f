import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n';
import { presetRules } from '../../lib/rules/presets';
import { applyImport, exportBackup, parseBackup, previewImport } from '../../lib/store/backup';
import { openStore } from '../../lib/store/db';
import { backupInvalidText } from '../../lib/store/invalid-text';
import { DB_VERSION } from '../../lib/store/migrations';
import { getSettings } from '../../lib/store/repository';
import { resetRule, restoreDefaultTemplates, syncPresets } from '../../lib/store/presets-sync';
import { defaultTemplates } from '../../lib/templates/defaults';

let n = 0;
const fresh = () => openStore(`sd-backup-${++n}-${Math.random()}`);
const NOW = Date.UTC(2026, 10, 24);

async function backupText(mutate?: (file: Record<string, unknown>) => void) {
  const db = await fresh();
  const file = (await exportBackup(db, 'all', NOW)) as unknown as Record<string, unknown>;
  db.close();
  mutate?.(file);
  return JSON.stringify(file);
}

describe('export', () => {
  it('writes a versioned file with everything, or rules only, or templates only', async () => {
    const db = await fresh();
    const all = await exportBackup(db, 'all', NOW);
    expect(all).toMatchObject({
      format: 'seller-desk-backup',
      schemaVersion: DB_VERSION,
      exportedAt: '2026-11-24T00:00:00.000Z',
    });
    expect(all.rules).toHaveLength(presetRules.length);
    expect(all.templates).toHaveLength(defaultTemplates.length);
    expect(all.settings).toBeDefined();
    const rules = await exportBackup(db, 'rules', NOW);
    expect(rules.templates).toBeUndefined();
    expect(rules.settings).toBeUndefined();
    const templates = await exportBackup(db, 'templates', NOW);
    expect(templates.rules).toBeUndefined();
    db.close();
  });
});

describe('import validation', () => {
  it('round-trips its own export', async () => {
    const parsed = parseBackup(await backupText());
    expect(parsed.ok).toBe(true);
  });

  it('refuses truncated JSON, foreign files, newer versions and huge files', async () => {
    const text = await backupText();
    expect(parseBackup(text.slice(0, text.length / 2))).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseBackup('{"hello":"world"}')).toEqual({ ok: false, error: { code: 'foreign' } });
    expect(parseBackup('[1,2,3]')).toEqual({ ok: false, error: { code: 'foreign' } });
    expect(parseBackup(await backupText((f) => (f.schemaVersion = 99)))).toEqual({
      ok: false,
      error: { code: 'newer', version: 99 },
    });
    expect(parseBackup(' '.repeat(6 * 1024 * 1024))).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('names the first bad value in the merchant’s words: wrong types, out-of-range numbers, duplicate ids', async () => {
    const t = createTranslator('en');
    const refused = async (mutate: (file: Record<string, unknown>) => void) => {
      const parsed = parseBackup(await backupText(mutate));
      if (parsed.ok || parsed.error.code !== 'invalid') throw new Error('expected an invalid file');
      return { path: parsed.error.invalid.path.join('.'), text: backupInvalidText(parsed.error, t) };
    };
    const rules = (f: Record<string, unknown>) => f.rules as Record<string, unknown>[];
    expect(await refused((f) => (rules(f)[2]!.limitHours = 'soon'))).toEqual({
      path: 'rules.2.limitHours',
      text:
        'Shipping rules, no. 3 — Limit (hours; empty = promised time on the page only): ' +
        'Enter a number between 1 and 1440. Nothing was imported.',
    });
    expect(await refused((f) => ((rules(f)[0]!.penalty as Record<string, unknown>).kind = 'jail'))).toEqual({
      path: 'rules.0.penalty.kind',
      text: 'Shipping rules, no. 1 — Penalty if late: Choose one of the listed values. Nothing was imported.',
    });
    expect(await refused((f) => ((f.settings as Record<string, unknown>).urgentHours = -1))).toEqual({
      path: 'settings.urgentHours',
      text: 'Settings — Urgent when less than (hours): Enter a number between 0.25 and 48. Nothing was imported.',
    });
    expect(await refused((f) => rules(f).push(rules(f)[0]!))).toEqual({
      path: 'rules',
      text: 'Shipping rules — The same item appears twice. Nothing was imported.',
    });
    // No developer path (`rules.2.limitHours`) reaches the merchant, in any language.
    for (const locale of ['es', 'zh_CN', 'zh_TW'] as const) {
      const parsed = parseBackup(await backupText((f) => (rules(f)[2]!.limitHours = 'soon')));
      if (parsed.ok || parsed.error.code !== 'invalid') throw new Error('expected an invalid file');
      const text = backupInvalidText(parsed.error, createTranslator(locale));
      expect(text).not.toMatch(/limitHours|rules\./);
      expect(text).toContain(createTranslator(locale)('options.rule.limitHours'));
    }
  });
});

describe('backups written before the page time was a zone (settings with pageOffsetMinutes)', () => {
  /** The settings of an export made by version 3: a fixed offset, no zone. */
  const before = (pageOffsetMinutes: number) =>
    backupText((f) => {
      const { pageTimeZone: _zone, ...settings } = f.settings as Record<string, unknown>;
      f.schemaVersion = 3;
      f.settings = { ...settings, pageOffsetMinutes, urgentHours: 3 };
    });

  it('import, their offset converted to the zone with that offset, the rest as it was', async () => {
    for (const [offset, zone] of [
      [480, 'Asia/Shanghai'],
      [-300, 'Etc/GMT+5'],
      [330, 'Asia/Kolkata'],
    ] as const) {
      const parsed = parseBackup(await before(offset));
      if (!parsed.ok) throw new Error(`refused ${JSON.stringify(parsed.error)}`);
      expect(parsed.file.settings).toMatchObject({ pageTimeZone: zone, urgentHours: 3 });
      expect(parsed.file.settings).not.toHaveProperty('pageOffsetMinutes');
      const db = await fresh();
      await applyImport(db, parsed.file);
      expect(await getSettings(db)).toMatchObject({ pageTimeZone: zone, urgentHours: 3 });
      expect(await db.get('settings', 'app')).not.toHaveProperty('value.pageOffsetMinutes');
      db.close();
    }
  });

  it('an offset version 3 would have refused is refused, and so is a zone this browser does not know', async () => {
    expect(parseBackup(await before(7.5))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const unknown = parseBackup(
      await backupText((f) => ((f.settings as Record<string, unknown>).pageTimeZone = 'Mars/Olympus')),
    );
    if (unknown.ok || unknown.error.code !== 'invalid') throw new Error('accepted an unknown zone');
    expect(backupInvalidText(unknown.error, createTranslator('en'))).toBe(
      'Settings — Time zone of the pages: Choose a time zone from the list. Nothing was imported.',
    );
  });
});

describe('sites the options page accepts', () => {
  // Both patterns are ones the options page offers as examples and accepts (browser match patterns).
  for (const pattern of ['https://*.example.com/orders/*', '*://erp.example.com/*']) {
    it(`restore from a backup: ${pattern}`, async () => {
      const db = await fresh();
      const site = {
        id: 'site.1',
        pattern,
        platform: 'generic' as const,
        features: { countdowns: true, replies: true, delayReports: true, notifications: true },
      };
      await db.put('sites', site);
      const text = JSON.stringify(await exportBackup(db, 'all', NOW));
      db.close();
      const parsed = parseBackup(text);
      expect(parsed).toMatchObject({ ok: true });
      const other = await fresh();
      if (parsed.ok) await applyImport(other, parsed.file);
      expect(await other.get('sites', 'site.1')).toEqual(site);
      other.close();
    });
  }
});

describe('import apply', () => {
  it('previews what changes, then applies it all in one go', async () => {
    const db = await fresh();
    let editedId = '';
    const text = await backupText((f) => {
      const rules = f.rules as Record<string, unknown>[];
      rules[0]!.limitHours = 12;
      editedId = String(rules[0]!.id);
      rules.push({ ...rules[1], id: 'custom.1' });
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('expected a valid file');
    const preview = await previewImport(db, parsed.file);
    expect(preview.rules).toEqual({
      added: ['custom.1'],
      changed: [editedId],
      unchanged: presetRules.length - 1,
    });
    expect(preview.settings).toBe(false);
    await applyImport(db, parsed.file);
    expect((await db.get('rules', editedId))?.limitHours).toBe(12);
    expect(await db.get('rules', 'custom.1')).toBeDefined();
    db.close();
  });

  it('re-importing an unchanged export changes nothing (values compared, not key order)', async () => {
    const db = await fresh();
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, 'all', NOW)));
    if (!parsed.ok) throw new Error('expected a valid file');
    const preview = await previewImport(db, parsed.file);
    expect([preview.rules?.changed, preview.templates?.changed, preview.sites?.changed]).toEqual([
      [],
      [],
      [],
    ]);
    expect(preview.settings).toBe(false);
    db.close();
  });

  it('is all or nothing: a failure half-way leaves the store as it was', async () => {
    const db = await fresh();
    const before = await db.getAll('rules');
    const parsed = parseBackup(
      await backupText((f) => ((f.rules as Record<string, unknown>[])[0]!.limitHours = 1)),
    );
    if (!parsed.ok) throw new Error('expected a valid file');
    // A template that IndexedDB cannot store (a function cannot be cloned) fails the transaction late.
    const poisoned = {
      ...parsed.file,
      templates: [{ ...parsed.file.templates![0]!, text: { en: () => 1 } }],
    };
    await expect(applyImport(db, poisoned as never)).rejects.toThrow();
    expect(await db.getAll('rules')).toEqual(before);
    db.close();
  });
});

describe('export everything, import it back', () => {
  const report = {
    id: 'r1',
    kind: 'card' as const,
    platform: 'jd' as const,
    orderKey: 'jd:300512345678',
    status: 'pending' as const,
    reason: 'out-of-stock' as const,
    createdAt: NOW,
    newShipTime: NOW + 24 * 3600_000,
  };

  it('"all" carries the delay reports and template usage the merchant made', async () => {
    const db = await fresh();
    await db.put('reports', report);
    await db.put('usage', { templateId: 'builtin.refund', count: 3, lastUsed: NOW });
    const all = await exportBackup(db, 'all', NOW);
    expect(all.reports).toEqual([report]);
    expect(all.usage).toEqual([{ templateId: 'builtin.refund', count: 3, lastUsed: NOW }]);
    // Rules or templates alone stay that: no reports in them.
    expect((await exportBackup(db, 'rules', NOW)).reports).toBeUndefined();
    db.close();
  });

  it('previews an unchanged export as unchanged (compared by value, not key order)', async () => {
    const db = await fresh();
    await db.put('reports', report);
    await db.put('usage', { templateId: 'builtin.refund', count: 3, lastUsed: NOW });
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, 'all', NOW)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const preview = await previewImport(db, parsed.file);
    for (const what of ['rules', 'templates', 'sites', 'reports', 'usage'] as const)
      expect({ what, changed: preview[what]?.changed, added: preview[what]?.added }).toEqual({
        what,
        changed: [],
        added: [],
      });
    expect(preview.templates?.unchanged).toBe(defaultTemplates.length);
    expect(preview.reports?.unchanged).toBe(1);
    expect(preview.settings).toBe(false);
    db.close();
  });

  it('restores the delay reports into another browser, and refuses a bad report', async () => {
    const source = await fresh();
    await source.put('reports', report);
    const text = JSON.stringify(await exportBackup(source, 'all', NOW));
    source.close();
    const target = await fresh();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('expected a valid file');
    expect((await previewImport(target, parsed.file)).reports).toEqual({
      added: ['r1'],
      changed: [],
      unchanged: 0,
    });
    await applyImport(target, parsed.file);
    expect(await target.get('reports', 'r1')).toEqual(report);
    target.close();
    const bad = JSON.parse(text) as { reports: { status: string }[] };
    bad.reports[0]!.status = 'maybe';
    expect(parseBackup(JSON.stringify(bad))).toMatchObject({
      ok: false,
      error: { code: 'invalid', invalid: { path: ['reports', 0, 'status'] } },
    });
  });
});

describe('presets after an update', () => {
  it('adds new presets, updates untouched ones, never overwrites edits', async () => {
    const db = await fresh();
    const [first, second, third] = presetRules;
    await db.put('rules', { ...first!, limitHours: 99 }); // an old preset value, not edited
    await db.put('rules', { ...second!, limitHours: 30, edited: true }); // the merchant's edit
    await db.delete('rules', third!.id); // a preset this version adds
    const result = await syncPresets(db);
    expect(result.added).toEqual([third!.id]);
    expect(result.updated).toEqual([first!.id]);
    expect((await db.get('rules', first!.id))?.limitHours).toBe(first!.limitHours);
    expect((await db.get('rules', second!.id))?.limitHours).toBe(30);
    expect(await db.get('rules', third!.id)).toEqual(third);
    expect(await syncPresets(db)).toEqual({ added: [], updated: [] });
    db.close();
  });

  it('a rule can be reset to its preset, and built-in templates restored', async () => {
    const db = await fresh();
    const [rule] = presetRules;
    await db.put('rules', { ...rule!, limitHours: 5, edited: true });
    expect(await resetRule(db, rule!.id)).toEqual(rule);
    expect(await resetRule(db, 'custom.nope')).toBeNull();
    const tpl = defaultTemplates[0]!;
    await db.put('templates', { ...tpl, text: { en: 'mine' }, edited: true });
    await db.put('templates', { ...tpl, id: 'custom.mine', builtIn: false });
    const restored = await restoreDefaultTemplates(db);
    expect(restored.find((t) => t.id === tpl.id)).toEqual(tpl);
    expect(restored.find((t) => t.id === 'custom.mine')).toBeDefined();
    db.close();
  });
});
