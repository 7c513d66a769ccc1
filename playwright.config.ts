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
// CHAOSGEN_E2E_PORT lets two checkouts (or two runs) test side by side.
const PORT = Number(process.env.CHAOSGEN_E2E_PORT ?? 4173);
// A build folder of the tests' own, per port: a `vite build` run meanwhile (by hand, by the
// benchmark) rewrites dist/ under the server's feet. Inside node_modules, so nothing new to
// ignore in git.
const OUT_DIR = `node_modules/.cache/chaosgen-e2e/dist-${PORT}`;
const inCi = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  // `*.e2e.ts`, not `*.spec.ts`, so that no unit-test runner ever mistakes a browser spec for
  // one of its own.
  testMatch: '**/*.e2e.ts',
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
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    // Never test whatever else listens on the port (a stale build, another checkout): fail
    // instead. CHAOSGEN_E2E_REUSE=1 reuses a preview you started yourself, to iterate faster.
    reuseExistingServer: !inCi && process.env.CHAOSGEN_E2E_REUSE === '1',
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
