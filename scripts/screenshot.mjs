#!/usr/bin/env node
// Regenerates the README's pictures from the real page: builds the production bundle, serves
// it, opens it in Chromium and photographs the playground once its charts are drawn — on the
// bundled example (docs/screenshot.png) and on the week-long incident example
// (docs/screenshot-incident.png), then zoomed into one of its anomalies by clicking the
// anomaly's label (docs/screenshot-zoomed.png). Usage: npm run screenshot
// (CHAOSGEN_SCREENSHOT_PORT serves on another port, for two checkouts side by side.)
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.CHAOSGEN_SCREENSHOT_PORT ?? 4390);
const out = join(root, 'docs', 'screenshot.png');

const executablePath = execFileSync(process.execPath, [join(root, 'scripts', 'ensure-browser.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
try {
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://localhost:${port}/`);
      break;
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.waitForSelector('main[data-run-state="ready"]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  // The incident example, chosen from the Examples menu as a user would.
  await page.getByRole('button', { name: /examples/i }).click();
  await page.getByRole('menuitem', { name: /^web-service-week\b/ }).click();
  await page.waitForFunction(() => document.querySelector('.cm-content')?.textContent?.includes('web-service'));
  await page.waitForSelector('main[data-run-state="ready"]');
  await page.waitForTimeout(500);
  const incident = join(root, 'docs', 'screenshot-incident.png');
  await page.screenshot({ path: incident });
  console.log(`wrote ${incident}`);
  // Zoomed into the incident's first anomaly, as a user gets there: a click on its label.
  await page.locator('.anomaly-label').first().click();
  await page.waitForSelector('.overview__reset:not([disabled])');
  // The pointer off the charts (no hover card) and nothing focused (no focus ring in the picture).
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement) && document.activeElement.blur());
  await page.waitForTimeout(800);
  const zoomed = join(root, 'docs', 'screenshot-zoomed.png');
  await page.screenshot({ path: zoomed });
  console.log(`wrote ${zoomed}`);
  await browser.close();
} finally {
  process.kill(-server.pid);
}
