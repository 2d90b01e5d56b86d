import { defineConfig, devices } from '@playwright/test';

// Tests run against the exported site in out/, served like a CDN would, never against `next dev`.
// Browsers are not downloaded: Debian's chromium is used (see README).
// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // The service worker would precache every script in each fresh context and blur what a page loads
  // by itself; tests/e2e/offline.spec.ts turns it on.
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off', serviceWorkers: 'block' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve-out.mjs ${PORT} out`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
