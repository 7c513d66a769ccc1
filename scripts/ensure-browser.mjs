#!/usr/bin/env node
// Finds (installing if it has to) a Chromium for the end-to-end tests and prints its path on
// stdout — nothing else goes to stdout, so callers can capture it. Progress goes to stderr.
//
// Order, cheapest first, so that a machine that already has a browser pays only a few stat
// calls:
//   1. $CHAOSGEN_CHROMIUM, if set (an explicit choice always wins);
//   2. a system Chromium/Chrome on the usual paths or on $PATH;
//   3. Debian's `chromium` through apt-get, when apt-get exists and we are root;
//   4. Playwright's own Chromium: reused if already downloaded, else downloaded into
//      node_modules (PLAYWRIGHT_BROWSERS_PATH=0) so nothing is cached outside the repository.
// Running it twice does nothing the second time.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function log(message) {
  process.stderr.write(`ensure-browser: ${message}\n`);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findSystemBrowser() {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(command, args, env = process.env) {
  // The child's stdout is sent to our stderr: our stdout is reserved for the path.
  const result = spawnSync(command, args, { stdio: ['ignore', 2, 2], env });
  return result.status === 0;
}

function installWithApt() {
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) return null;
  log('no Chromium found; installing Debian\'s chromium with apt-get (one-off)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update'], env)) log('apt-get update failed; trying the install anyway');
  if (!run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env)) {
    log('apt-get install chromium failed');
    return null;
  }
  return findSystemBrowser();
}

function playwrightCli() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
}

// Asks playwright-core where its Chromium lives under the given PLAYWRIGHT_BROWSERS_PATH. A
// child process, because playwright-core reads that variable once, when it is first loaded.
function playwrightExecutable(env) {
  const script =
    "import('playwright-core').then((m) => process.stdout.write(m.chromium.executablePath()))";
  const result = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function usePlaywrightBrowser() {
  const asIs = playwrightExecutable(process.env);
  if (asIs && isExecutable(asIs)) return asIs;
  // Honour a browsers path the user chose; otherwise keep the download inside node_modules.
  const env = process.env.PLAYWRIGHT_BROWSERS_PATH
    ? process.env
    : { ...process.env, PLAYWRIGHT_BROWSERS_PATH: '0' };
  const local = playwrightExecutable(env);
  if (local && isExecutable(local)) return local;
  log('no system Chromium and no apt; downloading Playwright\'s Chromium');
  if (!run(process.execPath, [playwrightCli(), 'install', '--no-shell', 'chromium'], env)) {
    return null;
  }
  const installed = playwrightExecutable(env);
  return installed && isExecutable(installed) ? installed : null;
}

export function ensureBrowser() {
  const chosen = process.env.CHAOSGEN_CHROMIUM;
  if (chosen) {
    if (!isExecutable(chosen)) throw new Error(`CHAOSGEN_CHROMIUM=${chosen} is not an executable`);
    return chosen;
  }
  const found = findSystemBrowser() ?? installWithApt() ?? usePlaywrightBrowser();
  if (!found) throw new Error('could not find or install a Chromium; set CHAOSGEN_CHROMIUM');
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.stdout.write(`${ensureBrowser()}\n`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
