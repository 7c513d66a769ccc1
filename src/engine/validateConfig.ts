import { isTable, type Checker, type Path, type Table } from './checker.ts';
import { formatCount } from './limits.ts';
import { checkName, listNames } from './names.ts';
import { excerpt, quoteName } from './quote.ts';
import type { Scope } from './schema/keyDoc.ts';
import { walkTable, type Values, type WalkLimits, type WalkOptions } from './schema/walk.ts';
import { didYouMean } from './suggest.ts';
import type { Config, LabelMode, MetricSpec, OutputSpec, RngMode, TimeFormat } from './types.ts';
import { metricAnomalies, type MetricAnomalies } from './validate/anomaly.ts';
import { DEFAULT_INTERVAL_MS, general } from './validate/general.ts';
import { metric } from './validate/metric.ts';
import { checkNumpyMode } from './validate/numpyMode.ts';

// SPEC §1 and §7–§10 over the schema: walkTable checks each table's keys against its scope in
// schema/table.ts; what is left here and in validate/ is what the keys mean together (the
// small cross-key rules) and building the Config. Every problem becomes a diagnostic at the key or value at
// fault; a config is returned only when there is no error.

const MAX_HINTS = 20;

export interface ValidateOptions {
  /** num_samples cap. */
  readonly maxSamples: number;
  /** Cap on num_samples × metrics (the values a run holds at once); none when undefined. */
  readonly maxValues: number | undefined;
  /** The mode from outside the file, over [general] rng (SPEC §12). */
  readonly rng?: RngMode | undefined;
  /** The caller supplies the seed (--seed). */
  readonly seedGiven?: boolean;
}

/** A checked value of a kind the schema guarantees (walkTable checked the type). */
const tab = (v: Values, key: string): Table | undefined => v.get(key) as Table | undefined;

function table(c: Checker, path: Path, v: unknown, what: string): Table | undefined {
  if (isTable(v)) return v;
  c.error(path, 'value', `${what} must be a table`);
  return undefined;
}

export function validateConfig(c: Checker, data: Table, { maxSamples, maxValues, rng, seedGiven = false }: ValidateOptions): Config | undefined {
  const limits: WalkLimits = { maxSamples, numSamples: undefined, intervalMs: DEFAULT_INTERVAL_MS, startMs: undefined };
  const walk = (path: Path, t: Table, scope: Scope, options: WalkOptions): Values => walkTable(c, path, t, scope, limits, options);
  const root = walk([], data, 'root', { what: 'the config (chaosgen reads [general], [metrics], [anomalies] and [output])', skipRequired: true });

  if (data.general === undefined) c.error([], 'key', '`[general]` is missing: it must set `num_samples` (an integer from 1)');
  const g = tab(root, 'general');
  const head = g && general(c, g, walk(['general'], g, 'general', { what: '[general]' }), maxSamples);
  const numSamples = head?.numSamples;
  const numpy = (rng ?? head?.rng) === 'numpy';
  if (numpy && g) checkNumpyMode(c, data, g, seedGiven);
  const startInvalid = head?.startInvalid === true;
  const run: WalkLimits = { maxSamples, numSamples, intervalMs: head?.intervalMs ?? DEFAULT_INTERVAL_MS, startMs: head?.startMs, startInvalid, intervalInvalid: head?.intervalInvalid === true };

  const names: string[] = [];
  const m = tab(root, 'metrics');
  if (data.metrics === undefined) c.error([], 'key', 'no metrics: add at least one table such as [metrics.cpu_usage] with a `value`');
  if (m) {
    for (const name of c.keys(['metrics'], m)) names.push(name);
    if (names.length === 0) c.error(['metrics'], 'value', '[metrics] is empty: add at least one table such as [metrics.cpu_usage] with a `value`');
  }

  const anomalies = new Map<string, MetricAnomalies>();
  const a = tab(root, 'anomalies');
  if (a) {
    const isMetric = new Set(names);
    let hints = 0;
    for (const name of c.keys(['anomalies'], a)) {
      const path = ['anomalies', name];
      if (!checkName(c, path, name, 'anomaly')) continue;
      if (!isMetric.has(name)) {
        // A hint costs O(metrics): give it to the first few only, or a pasted file with 10^4
        // stray tables would take minutes and gigabytes of messages.
        const hint = hints++ < MAX_HINTS ? didYouMean(name, names) || (names.length ? `; the metrics are ${listNames(names)}` : '') : '';
        c.error(path, 'key', `[anomalies.${excerpt(name)}] names no metric${hint}`);
        continue;
      }
      const spec = metricAnomalies(c, name, a[name], run);
      if (spec) anomalies.set(name, spec);
    }
  }

  const metrics: MetricSpec[] = [];
  if (m) {
    for (const name of names) {
      const path = ['metrics', name];
      if (name.trim() === '') {
        c.error(path, 'key', 'a metric name must not be empty: it becomes a CSV column name');
        continue;
      }
      if (!checkName(c, path, name, 'metric')) continue;
      const t = table(c, path, m[name], `${quoteName(`metrics.${name}`)} (a metric)`);
      const spec = t && metric(c, path, t, name, run);
      const hits = anomalies.get(name);
      if (spec) metrics.push(hits === undefined || 'anomaly' in hits ? { ...spec, anomaly: hits?.anomaly } : { ...spec, anomaly: undefined, anomalies: hits.anomalies });
      if (spec?.noise === undefined && hits !== undefined && 'anomalies' in hits && hits.anomalies.some((h) => h.kind === 'noise')) {
        c.report('warning', ['anomalies', name], 'key', `a noise anomaly on ${quoteName(name)} changes nothing: the metric has no \`noise\``);
      }
    }
  }

  if (numSamples !== undefined && maxValues !== undefined && numSamples * names.length > maxValues) {
    const metricCount = `${formatCount(names.length)} metric${names.length === 1 ? '' : 's'}`;
    c.error(['general', 'num_samples'], 'value',
      `num_samples × metrics is ${formatCount(numSamples * names.length)} (${formatCount(numSamples)} samples × ${metricCount}); ` +
      `the playground holds at most ${formatCount(maxValues)} values — use fewer samples or metrics, or the command line ` +
      '(npx chaosgen -c config.toml), which streams');
  }

  const o = tab(root, 'output');
  const output = o && outputSpec(c, o, walk(['output'], o, 'output', { what: '[output]' }), run.startMs !== undefined || startInvalid);

  if (c.hasErrors || numSamples === undefined) return undefined;
  const timeline = head?.timeline;
  return { ...(numpy && { rng: 'numpy' as const }), seed: head?.seed, numSamples, metrics, ...(timeline && { timeline }), ...(output && { output }) };
}

/** SPEC §10's [output]: a time column needs a clock. */
function outputSpec(c: Checker, t: Table, v: Values, clock: boolean): OutputSpec | undefined {
  const time = v.get('time') as TimeFormat | undefined;
  if (time !== undefined && time !== 'none' && !clock) {
    c.error(['output', 'time'], 'value', `time = "${time}" needs a clock: set [general] start (a date-time such as 2026-03-02T00:00:00Z), or time = "none"`);
    return undefined;
  }
  if ((t.time !== undefined && time === undefined) || (t.labels !== undefined && !v.has('labels'))) return undefined;
  return { labels: (v.get('labels') as LabelMode | undefined) ?? 'none', time: time ?? 'iso' };
}
