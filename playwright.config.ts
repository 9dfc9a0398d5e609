import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3310);
const dataDir = process.env.E2E_DATA_DIR ?? '/tmp/mentorpath-e2e';

/**
 * Journeys, accessibility and screenshots against the real server on a fresh embedded
 * database with the demo organisation. `npm run test:e2e` builds the web app first.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One worker: the specs share the demo database and set up training data in it, and two
  // setups at once raced (two identical sessions). A setup project would restore parallelism.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    // No fades: axe and screenshots see dialogs fully drawn, not half-way through.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    // Traces slow every step down; turn them on when a failure needs one: E2E_TRACE=1.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    launchOptions: {
      // No Playwright browser download here: Debian's Chromium.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `rm -rf ${dataDir} && DATA_DIR=${dataDir} PORT=${port} MENTORPATH_DEMO=1 LOG_LEVEL=warn node bin/mentorpath.mjs serve`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
