import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The product code: what ships in the extension. Tests and scripts may reach into any module. */
const product = ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'demo-output', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Import cycles, type-only ones included: a cycle means two modules each need the other, so neither can be
    // read (or moved) alone. The TypeScript resolver follows the `@/` paths of .wxt/tsconfig.json.
    // The one-way order of lib/'s folders is checked by test/unit/layers.test.ts (order in lib/README.md).
    files: product,
    plugins: { 'import-x': importX },
    settings: {
      // Without these the plugin cannot parse the modules it follows, and finds no cycle at all.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Issue #18: a function the next engineer can read at once, a file with one job. Counted without blank lines
    // and comments. A function that must be longer says why on the line before it:
    // `// eslint-disable-next-line max-lines-per-function -- <the reason>`.
    files: product,
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    // Node scripts that also hand callbacks to the browser (page.evaluate) and serve inline page scripts.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
