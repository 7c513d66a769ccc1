import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

// The tests run against the production build, in whatever Chromium scripts/ensure-browser.mjs
// finds or installs. The config is evaluated by the runner and again by every worker; the first
// evaluation stores the answer in the environment, which the workers inherit, so the lookup
// (and any one-off install) happens once.
function chromiumPath(): string {
  const known = process.env.CHAOSGEN_CHROMIUM;
  if (known) return known;
  const found = execFileSync(process.execPath, ['scripts/ensure-browser.mjs'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  process.env.CHAOSGEN_CHROMIUM = found;
  return found;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const PORT = 4173;
const inCi = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  // e2e/bench holds the latency benchmark, which is a script, not a test.
  testIgnore: ['bench/**'],
  // Two cores: one worker drives the browser while vite preview and the CLI runs share the rest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: inCi,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        // Chromium's sandbox needs user namespaces that a root container does not offer.
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The production bundle, as users get it: no dev server transforms, no HMR client.
    command: `npx vite build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !inCi,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
