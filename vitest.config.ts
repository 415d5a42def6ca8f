import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // `npm run bench` runs these through `vitest bench`; they are not tests.
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    setupFiles: ['fake-indexeddb/auto', 'test/unit/setup-catalogs.ts'],
    // Page times are China time whatever the machine's zone: run the suite in a zone far from UTC+8.
    env: { TZ: 'America/Los_Angeles' },
  },
});
