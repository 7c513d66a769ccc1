import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_CHARS } from './limits.ts';
import { parseConfig } from './parseConfig.ts';

// The size cap lets through 1,000,000 characters of anything, and a share link is untrusted
// input: whatever its shape, such a text must be read in about linear time (a keystroke in the
// playground re-parses it) and every message must stay short enough to read (the CLI prints
// them, the editor shows them on hover). The time bound is generous because the machines that
// run the tests are shared; docs/performance.md has the real figures (CHAOSGEN_TIMING=1 prints them).

const L = MAX_CONFIG_CHARS;
const HEAD = '[general]\nnum_samples = 10\n[metrics.a]\nvalue = 1\n';
/** Appends `line(i)` for i = 0, 1, … while the text stays within `size` characters. */
function fill(start: string, line: (i: number) => string, size = L): string {
  const parts = [start];
  let length = start.length;
  for (let i = 0; ; i++) {
    const s = line(i);
    if (length + s.length > size) return parts.join('');
    parts.push(s);
    length += s.length;
  }
}
const strayAnomalies = (i: number): string => `[anomalies.qqqqqqqqqqqqqqqqqqqq${String(i).padStart(2, '0')}]\nat = 1\n`;

const SHAPES: Readonly<Record<string, () => string>> = {
  // the reported case: 900 KB, a metric name of 100,000 characters (and others as long), 20
  // anomaly tables that name no metric; each hint compared every name and listed them whole
  'long metric names and 20 stray anomaly tables': () =>
    '[general]\nnum_samples = 10\n' +
    Array.from({ length: 9 }, (_, i) => `[metrics.m${i}${'x'.repeat(100_000)}]\nvalue = 1\n`).join('') +
    Array.from({ length: 20 }, (_, i) => strayAnomalies(i)).join(''),
  'one 900,000-character metric name and 20 stray anomaly tables': () =>
    `[general]\nnum_samples = 10\n[metrics.m${'x'.repeat(900_000)}]\nvalue = 1\n` + Array.from({ length: 20 }, (_, i) => strayAnomalies(i)).join(''),
  'one long metric name and stray anomaly tables to the size cap': () =>
    fill(`[general]\nnum_samples = 10\n[metrics.m${'x'.repeat(100_000)}]\nvalue = 1\n`, (i) => `[anomalies.q${i}]\n`),
  'thousands of metrics and as many stray anomaly tables': () =>
    fill(fill('[general]\nnum_samples = 10\n', (i) => `[metrics.metric_${i}]\nvalue = 1\n`, L / 2), (i) => `[anomalies.metric_${i}x]\n`),
  '100,000 tiny keys in one table': () => fill(HEAD, (i) => `k${i}=1\n`),
  'unknown keys with long names': () => fill(HEAD, (i) => `${'valuex'.repeat(300)}${i} = 1\n`),
  'unknown keys of 60 characters, each close to nothing': () => fill(HEAD, (i) => `${'step_size'.repeat(6)}${String(i).padStart(6, '0')} = 1\n`),
  'many metrics, each with an anomaly': () =>
    fill('[general]\nnum_samples = 10\n', (i) => `[metrics.m${i}]\nvalue = 1\n[anomalies.m${i}]\nat = 1\nanomaly_factor = 2\npattern = "step"\nrecovery_time = 1\n`),
  'a huge string value': () => `${HEAD}noise = "${'x'.repeat(L - 100)}"\n`,
  'a huge array': () => `[general]\nnum_samples = 10\n[metrics.a]\nvalue = [${'1,'.repeat((L - 100) / 2)}1]\n`,
  'inline tables nested to the depth limit': () => fill(HEAD, (i) => `x${i} = ${'{a='.repeat(60)}1${'}'.repeat(60)}\n`),
  'arrays nested to the depth limit': () => fill(HEAD, (i) => `x${i} = ${'['.repeat(60)}1${']'.repeat(60)}\n`),
  'many [metrics.x.noise_args] sub-tables': () =>
    fill('[general]\nnum_samples = 10\n', (i) => `[metrics.m${i}]\nvalue = 1\nnoise = "gaussian"\n[metrics.m${i}.noise_args]\nscale = 1\nbogus = 2\n`),
  'many bad string values': () => fill('[general]\nnum_samples = 10\n', (i) => `[metrics.m${i}]\nvalue = 1\nnoise = "${'n'.repeat(2000)}${i}"\n`),
  'a long dotted key': () => `${HEAD}${'a.'.repeat((L - 100) / 2)}z = 1\n`,
  'many dotted keys': () => fill(HEAD, (i) => `a.b${i}.c = 1\n`),
  'many arrays of tables': () => fill(HEAD, () => '[[x]]\n'),
  'many [[anomalies.a]] tables, each with an unknown key': () => fill(HEAD, (i) => `[[anomalies.a]]\nat = 0\nrecovery_time = 1\neffect = "missing"\nbogus${i} = 1\n`),
  'a seasonality array of tiny waves': () => `${HEAD}seasonality = [${'{period=1,amplitude=1},'.repeat((L - 100) / 24)}]\n`,
  'many waves without amplitude, in [[metrics.a.seasonality]]': () => fill(HEAD, () => '[[metrics.a.seasonality]]\nperiod = "1m"\n'),
  'a long comment-only file': () => fill('', () => '# a comment line\n'),
  'one comment line': () => `#${'x'.repeat(L - 1)}`,
  'all whitespace': () => fill('', () => ' \n\t'),
};

/** Longest message allowed: a sentence, a quoted name or two and a hint. */
const MAX_MESSAGE = 400;

describe('a config of the maximum size parses quickly and briefly, whatever its shape', () => {
  it.each(Object.keys(SHAPES))('%s', (shape) => {
    const text = SHAPES[shape]?.() ?? '';
    expect(text.length).toBeGreaterThan(0.85 * L);
    expect(text.length).toBeLessThanOrEqual(L);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { diagnostics } = parseConfig(text);
    const cpu = process.cpuUsage(cpu0);
    const wall = (performance.now() - t0) / 1000;
    // CPU time, not wall time: on a shared machine the wall clock also counts other processes
    const seconds = (cpu.user + cpu.system) / 1e6;
    if (process.env.CHAOSGEN_TIMING) console.log(`${shape}: ${seconds.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall`);
    expect(seconds).toBeLessThan(3);
    const longest = diagnostics.reduce((n, d) => Math.max(n, d.message.length), 0);
    expect(longest).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(diagnostics.every((d) => 0 <= d.from && d.from <= d.to && d.to <= text.length)).toBe(true);
  }, 30_000);
});
