import { isTable, type Checker, type Path, type Table } from './checker.ts';
import { formatCount } from './limits.ts';
import { checkName, listNames } from './names.ts';
import { excerpt, quoteName } from './quote.ts';
import type { Scope } from './schema/keyDoc.ts';
import { noiseArgsFor } from './schema/lookup.ts';
import { walkTable, type Values, type WalkLimits, type WalkOptions } from './schema/walk.ts';
import { didYouMean } from './suggest.ts';
import {
  assertNever,
  type AnomalySpec, type Config, type Distribution, type MetricSpec, type NoiseSpec, type PatternKind, type PatternSpec,
} from './types.ts';

// SPEC §1 over the schema: walkTable checks each table's keys against its scope in
// schema/table.ts; what is left here is what the keys mean together (the small cross-key
// rules) and building the Config. Every problem becomes a diagnostic at the key or value at
// fault; a config is returned only when there is no error.

const MAX_HINTS = 20;

export interface ValidateOptions {
  /** num_samples cap. */
  readonly maxSamples: number;
  /** Cap on num_samples × metrics (the values a run holds at once); none when undefined. */
  readonly maxValues: number | undefined;
}

/** A checked value of a kind the schema guarantees (walkTable checked the type). */
const num = (v: Values, key: string): number | undefined => v.get(key) as number | undefined;
const str = (v: Values, key: string): string | undefined => v.get(key) as string | undefined;
const tab = (v: Values, key: string): Table | undefined => v.get(key) as Table | undefined;

function table(c: Checker, path: Path, v: unknown, what: string): Table | undefined {
  if (isTable(v)) return v;
  c.error(path, 'value', `${what} must be a table`);
  return undefined;
}

export function validateConfig(c: Checker, data: Table, { maxSamples, maxValues }: ValidateOptions): Config | undefined {
  const limits: WalkLimits = { maxSamples, numSamples: undefined };
  const walk = (path: Path, t: Table, scope: Scope, options: WalkOptions): Values => walkTable(c, path, t, scope, limits, options);
  const root = walk([], data, 'root', { what: 'the config (chaosgen reads [general], [metrics] and [anomalies])', skipRequired: true });

  let numSamples: number | undefined;
  let seed: number | undefined;
  if (data.general === undefined) c.error([], 'key', '`[general]` is missing: it must set `num_samples` (an integer from 1)');
  const g = tab(root, 'general');
  if (g) {
    const general = walk(['general'], g, 'general', { what: '[general]' });
    numSamples = num(general, 'num_samples');
    seed = num(general, 'seed');
  }
  const run: WalkLimits = { maxSamples, numSamples };

  const names: string[] = [];
  const m = tab(root, 'metrics');
  if (data.metrics === undefined) c.error([], 'key', 'no metrics: add at least one table such as [metrics.cpu_usage] with a `value`');
  if (m) {
    for (const name of c.keys(['metrics'], m)) names.push(name);
    if (names.length === 0) c.error(['metrics'], 'value', '[metrics] is empty: add at least one table such as [metrics.cpu_usage] with a `value`');
  }

  const anomalies = new Map<string, AnomalySpec>();
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
      const t = table(c, path, a[name], quoteName(`anomalies.${name}`));
      const spec = t && anomaly(c, path, t, run);
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
      if (spec) metrics.push({ ...spec, anomaly: anomalies.get(name) });
    }
  }

  if (numSamples !== undefined && maxValues !== undefined && numSamples * names.length > maxValues) {
    const metricCount = `${formatCount(names.length)} metric${names.length === 1 ? '' : 's'}`;
    c.error(['general', 'num_samples'], 'value',
      `num_samples × metrics is ${formatCount(numSamples * names.length)} (${formatCount(numSamples)} samples × ${metricCount}); ` +
      `the playground holds at most ${formatCount(maxValues)} values — use fewer samples or metrics, or the command line ` +
      '(npx chaosgen -c config.toml), which streams');
  }

  if (c.hasErrors || numSamples === undefined) return undefined;
  return { seed, numSamples, metrics };
}

function metric(c: Checker, path: Path, t: Table, name: string, limits: WalkLimits): Omit<MetricSpec, 'anomaly'> | undefined {
  const v = walkTable(c, path, t, 'metric', limits, { what: `[metrics.${excerpt(name)}]` });
  const value = num(v, 'value');
  const noise = noiseSpec(c, path, t, v, limits);
  if (value === undefined || noise === null) return undefined;
  return { name, value, stepSize: num(v, 'step_size'), noise };
}

/** undefined = no noise; null = an error was reported. */
function noiseSpec(c: Checker, path: Path, t: Table, v: Values, limits: WalkLimits): NoiseSpec | undefined | null {
  const argsPath = [...path, 'noise_args'];
  if (t.noise === undefined) {
    if (t.noise_args !== undefined) c.report('warning', argsPath, 'key', '`noise_args` has no effect without `noise`; set noise = "gaussian" (or another distribution)');
    return undefined;
  }
  const dist = str(v, 'noise') as Distribution | undefined;
  const args = t.noise_args === undefined ? {} : tab(v, 'noise_args');
  if (dist === undefined || args === undefined) return null;
  const takes = noiseArgsFor(dist).map((d) => d.key);
  // SPEC §1: an unknown noise_args key is an error (NumPy rejected it)
  const onUnknown = (k: string, known: boolean): void => {
    const other = known ? ` (${dist} noise has no ${quoteName(k)})` : didYouMean(k, takes);
    c.error([...argsPath, k], 'key', `unknown noise_args key ${quoteName(k)} for ${dist} noise${other}; it takes ${takes.join(', ')}`);
  };
  const errors = c.diagnostics.length;
  const a = walkTable(c, argsPath, args, 'noise_args', limits, { what: '`noise_args`', kind: dist, onUnknown, unknownSeverity: 'error' });
  const arg = (key: string, dflt: number): number | undefined => (args[key] === undefined ? dflt : num(a, key));
  const window = arg('smoothing_window', 1);
  const spec = ((): NoiseSpec | undefined => {
    switch (dist) {
      case 'gaussian':
      case 'logistic':
      case 'laplace': {
        const loc = arg('loc', 0);
        const scale = arg('scale', 1);
        return loc === undefined || scale === undefined || window === undefined ? undefined : { kind: dist, loc, scale, window };
      }
      case 'exponential': {
        const scale = arg('scale', 1);
        return scale === undefined || window === undefined ? undefined : { kind: dist, scale, window };
      }
      case 'uniform': {
        const low = arg('low', 0);
        const high = arg('high', 1);
        if (low !== undefined && high !== undefined && high < low) {
          c.error([...argsPath, args.high === undefined ? 'low' : 'high'], 'value', `\`high\` must be at least \`low\`; got low = ${low}, high = ${high}`);
          return undefined;
        }
        return low === undefined || high === undefined || window === undefined ? undefined : { kind: dist, low, high, window };
      }
      default:
        return assertNever(dist);
    }
  })();
  return c.diagnostics.length === errors && spec ? spec : null;
}

function anomaly(c: Checker, path: Path, t: Table, limits: WalkLimits): AnomalySpec | undefined {
  const name = excerpt(path[1] ?? '');
  const v = walkTable(c, path, t, 'anomaly', limits, { what: `[anomalies.${name}]` });
  const at = num(v, 'at');
  const factor = num(v, 'anomaly_factor');
  const recoveryTime = num(v, 'recovery_time');
  const kind = str(v, 'pattern') as PatternKind | undefined;
  const N = limits.numSamples;
  if (at !== undefined && recoveryTime !== undefined && N !== undefined && at + recoveryTime > N) {
    c.error([...path, 'recovery_time'], 'value', `the anomaly runs past the end: at (${at}) + recovery_time (${recoveryTime}) must be at most num_samples (${N})`);
    return undefined;
  }
  const pattern = kind && patternSpec(c, [...path, 'pattern_args'], t.pattern_args === undefined ? undefined : tab(v, 'pattern_args'), kind, limits);
  if (at === undefined || factor === undefined || recoveryTime === undefined || !pattern) return undefined;
  return { at, factor, recoveryTime, pattern };
}

/** `args` undefined: no pattern_args, or not a table (already reported). */
function patternSpec(c: Checker, argsPath: Path, args: Table | undefined, kind: PatternKind, limits: WalkLimits): PatternSpec | undefined {
  if (args !== undefined && kind !== 'oscillating') c.report('warning', argsPath, 'key', `\`pattern_args\` is ignored: only the oscillating pattern reads it (this one is ${kind})`);
  switch (kind) {
    case 'step':
    case 'linear':
    case 'exponential':
      return { kind };
    case 'oscillating': {
      const a = args === undefined ? new Map<string, unknown>() : walkTable(c, argsPath, args, 'pattern_args', limits, { what: '`pattern_args`' });
      const frequency = args?.frequency === undefined ? 3 : num(a, 'frequency');
      return frequency === undefined ? undefined : { kind, frequency };
    }
    default:
      return assertNever(kind);
  }
}
