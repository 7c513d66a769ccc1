import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../engine/index.ts';
import { BIN, ROOT, tempFolder } from './cliProcess.testutil.ts';

// metrics.om against its real consumer (SPEC §11): for every example config, the CLI's file is
// turned into TSDB blocks by `promtool tsdb create-blocks-from openmetrics`, a Prometheus
// (loopback only, a free port) is started on them, and /api/v1/query_range must give back
// every value and timestamp of every metric exactly, with no point where metrics.json has a
// gap. Prometheus comes from scripts/ensure-prometheus.mjs (Debian's package, installed when
// missing and allowed); where it cannot be had the suite is skipped with the reason, loudly.

const found: unknown = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'ensure-prometheus.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
const bins = typeof found === 'object' && found !== null && 'prometheus' in found && 'promtool' in found ? (found as { prometheus: string; promtool: string }) : undefined;
const skipWhy = typeof found === 'object' && found !== null && 'skip' in found ? String(found.skip) : 'ensure-prometheus.mjs gave no answer';
if (!bins) console.error(`\n*** SKIPPED: the OpenMetrics test against Prometheus cannot run: ${skipWhy} ***\n`);

const { fresh } = tempFolder('chaosgen-prom-');
const CONFIGS = readdirSync(join(ROOT, 'configs')).filter((n) => n.endsWith('.toml')).sort();
/** For configs without a clock: the test gives them one (OpenMetrics needs it). */
const START = '2026-03-02T00:00:00Z';

interface Json {
  readonly start: string;
  readonly interval_ms: number;
  readonly metrics: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  readonly anomalies: readonly { readonly metric: string; readonly first: number; readonly last: number; readonly effect: string }[];
}

function cli(args: readonly string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const running = new Set<ChildProcess>();
afterAll(async () => {
  for (const p of running) await stop(p);
});

async function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null || p.pid === undefined) return;
  const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
  process.kill(p.pid, 'SIGTERM');
  const timer = setTimeout(() => p.pid !== undefined && process.kill(p.pid, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
  running.delete(p);
}

/** Starts Prometheus on a TSDB folder; resolves with its base URL once /-/ready answers 200. */
async function prometheus(prom: string, data: string, log: string[]): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const config = join(data, '..', 'prometheus.yml');
  writeFileSync(config, 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
  const p = spawn(prom, [
    `--config.file=${config}`,
    `--storage.tsdb.path=${data}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--storage.tsdb.retention.time=100y', // the blocks are dated in 2026: nothing may count as expired
    '--query.lookback-delta=1s', // a query at a sample's time sees that sample only, never an earlier one across a gap
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(p);
  p.stdout?.setEncoding('utf8').on('data', (s: string) => log.push(s));
  p.stderr?.setEncoding('utf8').on('data', (s: string) => log.push(s));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
    if (p.exitCode !== null) throw new Error(`prometheus exited with ${p.exitCode}: ${log.join('')}`);
    try {
      if ((await fetch(`${url}/-/ready`)).status === 200) return { url, process: p };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`prometheus was not ready within 90 s: ${log.join('')}`);
}

/** The [seconds, value] points of query_range for one metric, over the whole series, one per interval. */
async function queryRange(url: string, name: string, json: Json): Promise<{ labels: Record<string, string>; points: [number, string][] }[]> {
  const start = Date.parse(json.start) / 1000;
  const n = json.metrics[0]?.values.length ?? 0;
  const end = start + ((n - 1) * json.interval_ms) / 1000;
  const q = new URLSearchParams({ query: name, start: String(start), end: String(end), step: `${json.interval_ms}ms` });
  const body: unknown = await (await fetch(`${url}/api/v1/query_range?${q}`)).json();
  const r = body as { status: string; data?: { result?: { metric: Record<string, string>; values: [number, string][] }[] }; error?: string };
  if (r.status !== 'success') throw new Error(`query_range ${name}: ${JSON.stringify(body).slice(0, 300)}`);
  return (r.data?.result ?? []).map((s) => ({ labels: s.metric, points: s.values }));
}

describe.skipIf(!bins)('metrics.om through promtool and Prometheus', () => {
  it.each(CONFIGS)('%s: every value and timestamp comes back exactly; missing windows are absent', async (file) => {
    if (!bins) return;
    const dir = fresh(file.replace('.toml', ''));
    mkdirSync(dir);
    let config = join(ROOT, 'configs', file);
    const text = readFileSync(config, 'utf8');
    if (!/^start\s*=/m.test(text)) {
      // SPEC §11: without a clock the CLI refuses, saying what to add; then the test adds it.
      const refused = cli(['-c', config, '-o', join(dir, 'refused'), '--format', 'openmetrics']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--format openmetrics: OpenMetrics needs timestamps: set [general] start = ');
      config = join(dir, file);
      writeFileSync(config, text.replace(/^\[general\]\s*$/m, `[general]\nstart = ${START}`));
    }
    const out = join(dir, 'out');
    const made = cli(['-c', config, '-o', out, '--format', 'openmetrics,json']);
    expect(made.code, made.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as Json;
    const data = join(dir, 'data');
    execFileSync(bins.promtool, ['tsdb', 'create-blocks-from', 'openmetrics', join(out, 'metrics.om'), data], { stdio: ['ignore', 'ignore', 'pipe'] });
    const log: string[] = [];
    const server = await prometheus(bins.prometheus, data, log);
    try {
      const startMs = Date.parse(json.start);
      const specs = parseConfig(readFileSync(config, 'utf8')).config?.metrics ?? [];
      for (const m of json.metrics) {
        const name = m.name.replace(/[^a-zA-Z0-9_:]/g, '_').replace(/^(?=[0-9])/, '_');
        const series = await queryRange(server.url, name, json);
        expect(series, `${m.name}: one series`).toHaveLength(1);
        const labels = specs.find((s) => s.name === m.name)?.labels ?? {};
        expect(series[0]?.labels, `${m.name}: its labels`).toEqual({ __name__: name, ...labels });
        const expected = m.values.flatMap((v, i) => (v === null ? [] : [[startMs + i * json.interval_ms, v]]));
        const got = (series[0]?.points ?? []).map(([t, v]) => [Math.round(t * 1000), Number(v)]);
        expect(got.length, `${m.name}: as many points as non-missing samples`).toBe(expected.length);
        expect(got, `${m.name}: values and timestamps`).toEqual(expected);
        for (const a of json.anomalies.filter((w) => w.metric === m.name && w.effect === 'missing')) {
          const inside = got.filter(([t]) => (t as number) >= startMs + a.first * json.interval_ms && (t as number) <= startMs + a.last * json.interval_ms);
          expect(inside, `${m.name}: the missing window ${a.first}–${a.last} has no points`).toEqual([]);
        }
      }
    } finally {
      await stop(server.process);
    }
  }, 300_000);
});
