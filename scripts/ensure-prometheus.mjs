#!/usr/bin/env node
// Finds (installing if it has to) Prometheus and promtool for the OpenMetrics test
// (src/cli/openmetrics.prometheus.test.ts) and prints {"prometheus": path, "promtool": path} as
// one line of JSON on stdout — nothing else goes to stdout. When neither is found nor can be
// installed it prints {"skip": "why"} instead, for the test to skip loudly with that reason.
//
// Order, cheapest first:
//   1. $CHAOSGEN_PROMETHEUS_DIR, if set: the folder holding both binaries;
//   2. /usr/bin or $PATH;
//   3. Debian's `prometheus` package through apt-get, when apt-get exists and we are root.
// Running it twice does nothing the second time.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function log(message) {
  process.stderr.write(`ensure-prometheus: ${message}\n`);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findIn(dirs) {
  for (const dir of dirs) {
    const prometheus = join(dir, 'prometheus');
    const promtool = join(dir, 'promtool');
    if (isExecutable(prometheus) && isExecutable(promtool)) return { prometheus, promtool };
  }
  return null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function run(command, args, env) {
  return spawnSync(command, args, { stdio: ['ignore', 2, 2], env }).status === 0; // our stdout is for the answer
}

function installWithApt(dirs) {
  if (!existsSync('/usr/bin/apt-get')) return { skip: 'Prometheus is not installed and this machine has no apt-get to install Debian\'s prometheus package' };
  if (!isRoot()) return { skip: 'Prometheus is not installed, and installing Debian\'s prometheus package needs root (run: sudo apt-get install -y prometheus)' };
  log('no Prometheus found; installing Debian\'s prometheus with apt-get (one-off)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update'], env)) log('apt-get update failed; trying the install anyway');
  if (!run('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus'], env)) return { skip: 'apt-get install prometheus failed (see the log above)' };
  return findIn(dirs) ?? { skip: 'apt-get installed prometheus, but prometheus and promtool are still not on /usr/bin or $PATH' };
}

export function ensurePrometheus() {
  const chosen = process.env.CHAOSGEN_PROMETHEUS_DIR;
  if (chosen) return findIn([chosen]) ?? { skip: `CHAOSGEN_PROMETHEUS_DIR=${chosen} does not hold executable prometheus and promtool` };
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  return findIn(dirs) ?? installWithApt(dirs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(ensurePrometheus())}\n`);
}
