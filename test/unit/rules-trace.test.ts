import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportRules } from '../../lib/reports/presets';
import { presetRules } from '../../lib/rules/presets';

// docs/rules.md is the merchant-trust ledger: every rule Seller Desk applies, its source and its quote.
const root = join(__dirname, '../..');
const sourcesDir = join(root, 'docs/sources');
const doc = readFileSync(join(root, 'docs/rules.md'), 'utf8');

interface Row {
  rule: string;
  platform: string;
  value: string;
  file: string;
  quote: string;
  code: string;
  test: string;
}

/** The table's rows: cells split on `|` not written `\|`, backticks around the rule id dropped. */
function rows(markdown: string): Row[] {
  const lines = markdown.split('\n').filter((l) => l.startsWith('|'));
  const header = lines.findIndex((l) => /^\|\s*rule\s*\|\s*platform\s*\|/.test(l));
  if (header < 0) throw new Error('docs/rules.md: no `| rule | platform | …` table');
  return lines.slice(header + 2).map((line) => {
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'));
    if (cells.length !== 7) throw new Error(`docs/rules.md: 7 cells expected in ${line}`);
    const [rule, platform, value, file, quote, code, test] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return { rule, platform, value, file, quote, code, test };
  });
}

const table = rows(doc);
/** `jd.waybill-24h` from "`jd.waybill-24h`", and both ids of "`a` / `b`". */
const idsOf = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const ids = new Set(table.flatMap((r) => idsOf(r.rule)));
const sourceFiles = new Set(readdirSync(sourcesDir));
const readSource = (file: string) => readFileSync(join(sourcesDir, file), 'utf8');
const parts = (cell: string) => cell.split('<br>').map((s) => s.trim());

/** The delay procedures a platform has in lib/reports/presets.ts: every field that is set (not null/false). */
function procedures(): string[] {
  return Object.entries(reportRules).flatMap(([platform, rules]) =>
    Object.entries(rules)
      .filter(([key, value]) => !['source', 'confidence', 'quote'].includes(key) && value !== null)
      .filter(([, value]) => value !== false && value !== undefined)
      .map(([key]) => `report.${platform}.${key}`),
  );
}

describe('docs/rules.md traces every rule to its source', () => {
  it('has a row for every preset rule', () => {
    const missing = presetRules.map((r) => r.id).filter((id) => !ids.has(id));
    expect(missing, 'add a row to docs/rules.md with the preset id in the first column').toEqual([]);
  });

  it('has a row for every delay procedure a platform has (lib/reports/presets.ts)', () => {
    const missing = procedures().filter((id) => !ids.has(id));
    expect(missing, 'add `report.<platform>.<field>` rows to docs/rules.md').toEqual([]);
  });

  it('names only source files in docs/sources/, and quotes them word for word', () => {
    for (const row of table) {
      if (row.quote.startsWith('no source')) continue;
      expect(sourceFiles, `${row.rule}: source file`).toContain(row.file);
      const text = readSource(row.file);
      for (const passage of row.quote.split(' … ')) {
        expect(text.includes(passage), `${row.rule}: not verbatim in ${row.file}: ${passage}`).toBe(true);
      }
    }
  });

  it('names code and tests that exist', () => {
    for (const row of table) {
      for (const ref of parts(row.code)) {
        const [file, symbol] = ref.split(':') as [string, string | undefined];
        expect(existsSync(join(root, file)), `${row.rule}: code file ${file}`).toBe(true);
        if (symbol) expect(readFileSync(join(root, file), 'utf8'), `${row.rule}: ${ref}`).toContain(symbol);
      }
      for (const ref of parts(row.test)) {
        const at = ref.indexOf(': ');
        const file = at < 0 ? ref : ref.slice(0, at);
        expect(existsSync(join(root, file)), `${row.rule}: test file ${file}`).toBe(true);
        if (at >= 0) {
          const name = ref.slice(at + 2);
          expect(readFileSync(join(root, file), 'utf8'), `${row.rule}: test name in ${file}`).toContain(name);
        }
      }
    }
  });

  it("each preset's quote (shown to merchants) is in its source file word for word, and in its row", () => {
    const quoted = presetRules.filter((r) => r.quote);
    expect(quoted.map((r) => r.id)).toEqual(['jd.waybill-24h', 'jd.pickup-48h', 'jd.presale-agreed']);
    for (const rule of quoted) {
      const { file, text } = rule.quote!;
      expect(sourceFiles).toContain(file);
      for (const passage of text.split(' … ')) expect(readSource(file)).toContain(passage);
      const row = table.find((r) => idsOf(r.rule).includes(rule.id))!;
      expect(row.file).toBe(file);
      expect(row.quote).toBe(text);
    }
    // A preset without a quote is an estimate, and its row says so.
    for (const rule of presetRules.filter((r) => !r.quote)) {
      const row = table.find((r) => idsOf(r.rule).includes(rule.id))!;
      expect(row.quote, rule.id).toMatch(/^no source/);
      expect(rule.confidence, rule.id).not.toBe('faq');
    }
  });

  it('keeps the sources and their README with the repository', () => {
    expect(sourceFiles).toContain('README.md');
    const readme = readSource('README.md');
    for (const file of sourceFiles) if (file !== 'README.md') expect(readme).toContain(file);
  });
});
