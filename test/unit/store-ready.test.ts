import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the demo back-office, without types
import { demoOrders } from '../../scripts/demo/orders.mjs';

// Vitest runs from the project root (happy-dom gives import.meta.url no file: scheme).
const read = (path: string) => readFileSync(resolve(path), 'utf8');

describe('Firefox store readiness (issue 20, point 15)', () => {
  it('the Firefox manifest declares that nothing is collected, with its gecko id', () => {
    const config = read('wxt.config.ts');
    expect(config).toMatch(/id: 'seller-desk@seller-desk\.app'/);
    expect(config).toMatch(/data_collection_permissions: \{ required: \['none'\] \}/);
  });

  it('CI lints the Firefox build with addons-linter after the checks', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts['lint:firefox']).toBe('wxt build -b firefox && addons-linter .output/firefox-mv2');
    const ci = read('.ci/run');
    expect(ci.indexOf('npm run lint:firefox')).toBeGreaterThan(ci.indexOf('npm run check'));
  });
});

describe('the demo (issue 20, point 14)', () => {
  it('shows ordinary buyer remarks; markup only when a test asks for it', () => {
    type Demo = { remark: string }[][];
    const shown = (demoOrders(Date.now(), 24) as Demo).flat().map((o) => o.remark);
    expect(shown.filter((r) => r.includes('<'))).toEqual([]);
    const hostile = (demoOrders(Date.now(), 24, { hostile: true }) as Demo).flat().map((o) => o.remark);
    expect(hostile.filter((r) => r.includes('onerror'))).toHaveLength(1);
  });

  it('no component re-exports a name another module exports (WXT auto-imports warned "Duplicated imports")', () => {
    const reexports = readdirSync(resolve('components'))
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...read(`components/${f}`).matchAll(/^export \{ (\w+) \} from/gm)])
      .map((m) => m[1]);
    expect(reexports).toEqual([]);
  });

  it('the README shows the headless demo’s summary as it prints it, and links only files that exist', () => {
    const readme = read('README.md');
    expect(readme).toContain('/jd/orders         active        1 overdue, 2 urgent, 2 soon, 2 ok, 5 done');
    expect(readme).toContain('/jd/delay-report   form helper');
    expect(readme).toContain('fonts-noto-cjk');
    for (const [, link] of readme.matchAll(/\]\(((?:docs|scripts|lib)[^)#]*)\)/g)) {
      expect(existsSync(resolve(link ?? '')), link).toBe(true);
    }
  });
});
