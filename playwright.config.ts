import { defineConfig } from '@playwright/test';

const port = Number(process.env.SD_DEMO_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  // One browser with the extension at a time: the machines have two cores and the tests share the demo server.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node scripts/demo/server.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
