import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The structure rules no single lint rule states: lib/'s folders run one way (the order written in
 * lib/README.md), lib/orders is entered through its index, and no product module imports itself back through
 * others, type-only imports included (`import-x/no-cycle` skips those).
 */
const root = resolve(__dirname, '../..');
const product = ['lib', 'entrypoints', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier: static and type imports, re-exports, side-effect and dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  for (const match of source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').matchAll(pattern))
    found.push(match[1]!);
  return found;
}

/** The project file a specifier names (`@/` and `~/` are the project root), or undefined for a package. */
function target(from: string, spec: string): string | undefined {
  const base = /^[@~]\//.test(spec)
    ? join(root, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => {
    try {
      return statSync(c).isFile();
    } catch {
      return false;
    }
  });
}

const files = product.flatMap((dir) => sourceFiles(join(root, dir)));
const graph = new Map(
  files.map((file) => [
    file,
    specifiers(readFileSync(file, 'utf8'))
      .map((spec) => ({ spec, to: target(file, spec) }))
      .filter((edge): edge is { spec: string; to: string } => edge.to !== undefined),
  ]),
);
const rel = (file: string) => relative(root, file);

/** lib's folder order, lowest first, as lib/README.md lists it (`1. \`time/\` — …`). */
function layerOrder(readme: string): string[] {
  return [...readme.matchAll(/^\d+\.\s+`([a-z0-9-]+)\/`/gm)].map((m) => m[1]!);
}

/** Imports from a lib folder into one listed after it (above it), as `from → to`. */
function upwardImports(
  edges: Iterable<[string, { to: string }[]]>,
  order: string[],
): { upward: string[]; unlisted: string[] } {
  const folderOf = (file: string) => /^lib\/([^/]+)\//.exec(rel(file))?.[1];
  const upward: string[] = [];
  const unlisted = new Set<string>();
  for (const [from, targets] of edges) {
    const a = folderOf(from);
    if (a === undefined) continue;
    if (!order.includes(a)) unlisted.add(a);
    for (const { to } of targets) {
      const b = folderOf(to);
      if (b === undefined || b === a || !order.includes(b)) continue;
      if (order.indexOf(b) > order.indexOf(a)) upward.push(`${rel(from)} → ${rel(to)}`);
    }
  }
  return { upward, unlisted: [...unlisted] };
}

/** One import cycle between files, as the list of files around it, or undefined. */
function findCycle(edges: Map<string, { to: string }[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const { to } of edges.get(file) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of edges.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('lib/ layers run one way', () => {
  const order = layerOrder(readFileSync(join(root, 'lib/README.md'), 'utf8'));

  it('lib/README.md lists every lib folder once', () => {
    const folders = readdirSync(join(root, 'lib')).filter((f) =>
      statSync(join(root, 'lib', f)).isDirectory(),
    );
    expect([...order].sort()).toEqual([...folders].sort());
    expect(new Set(order).size).toBe(order.length);
  });

  it('no lib folder imports one listed above it in lib/README.md', () => {
    expect(upwardImports(graph, order)).toEqual({ upward: [], unlisted: [] });
  });

  it('the check catches an import that runs back up (settings → store, as before the move of sameValue)', () => {
    const settings = join(root, 'lib/settings/patch.ts');
    const store = join(root, 'lib/store/same-value.ts');
    expect(upwardImports([[settings, [{ to: store }]]], order).upward).toEqual([
      'lib/settings/patch.ts → lib/store/same-value.ts',
    ]);
  });

  it('reads type-only, multi-line, re-export and dynamic imports', () => {
    const source = [
      "import type { A } from '../a';",
      'import {\n  b,\n  c,\n} from "./b";',
      "export * from '@/lib/c';",
      "const d = await import('../d');",
      "import './e';",
      "// import { f } from './f';",
    ].join('\n');
    expect(specifiers(source)).toEqual(['../a', './b', '@/lib/c', '../d', './e']);
  });
});

/** Imports of lib/orders' own modules from outside the folder (its public face is index.ts; types are data). */
function ordersInternals(edges: Iterable<[string, { to: string }[]]>): string[] {
  const open = new Set([
    'lib/orders/index.ts',
    'lib/orders/types.ts',
    'lib/orders/seen.ts',
    'lib/orders/own-ui.ts',
  ]);
  const out: string[] = [];
  for (const [from, targets] of edges) {
    if (rel(from).startsWith('lib/orders/')) continue;
    for (const { to } of targets)
      if (rel(to).startsWith('lib/orders/') && !open.has(rel(to))) out.push(`${rel(from)} → ${rel(to)}`);
  }
  return out;
}

describe('lib/orders has one public entry', () => {
  it('outside lib/orders, product code imports it only through index.ts (and the plain types)', () => {
    expect(ordersInternals(graph)).toEqual([]);
  });

  it('catches a reach into a reader module', () => {
    const helper = join(root, 'entrypoints/reply.content/reply-helper.tsx');
    const read = join(root, 'lib/orders/read.ts');
    expect(ordersInternals([[helper, [{ to: read }]]])).toEqual([
      'entrypoints/reply.content/reply-helper.tsx → lib/orders/read.ts',
    ]);
  });
});

describe('no import cycles in lib, entrypoints and components', () => {
  it('has none, counting type-only imports', () => {
    expect(findCycle(graph)?.map(rel)).toBeUndefined();
  });

  it('finds a type-only cycle such as protocol ↔ health', () => {
    const protocol = join(root, 'lib/messaging/protocol.ts');
    const health = join(root, 'lib/store/health.ts');
    const cycle = findCycle(
      new Map([
        [protocol, [{ to: health }]],
        [health, [{ to: protocol }]],
      ]),
    );
    expect(cycle?.map(rel)).toEqual([
      'lib/messaging/protocol.ts',
      'lib/store/health.ts',
      'lib/messaging/protocol.ts',
    ]);
  });
});
