import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser on these machines: Debian's chromium is used.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  // On CI one retry, so a race in the machine (not in the site) does not sink a run; a test that
  // passes only on its retry is still printed as flaky, to be fixed.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: process.env.BASE_URL ?? `http://127.0.0.1:${port}`,
    // The site registers a service worker (/sw.js) that precaches the whole site in the background.
    // Only tests/e2e/offline.spec.ts lets it run; elsewhere it would only add load and serve pages
    // from its cache.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] } } },
  ],
  webServer: {
    command: 'node_modules/.bin/node scripts/serve.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port) },
  },
});
