import { isTable, type Checker, type Path, type Table } from './checker.ts';
import { keyDoc, keysIn, noiseArgsFor, type KeyDoc, type Scope } from './keyDocs.ts';
import { formatCount, MAX_MAGNITUDE } from './limits.ts';
import { checkName, listNames } from './names.ts';
import { excerpt, quoteName } from './quote.ts';
import { MAX_SEED } from './rng.ts';
import { didYouMean } from './suggest.ts';
import {
  DISTRIBUTIONS, PATTERNS, assertNever,
  type AnomalySpec, type Config, type Distribution, type MetricSpec, type NoiseSpec, type PatternKind, type PatternSpec,
} from './types.ts';

// The schema walk of SPEC §1. Every problem becomes a diagnostic at the key or value at fault;
// a config is returned only when there is no error.

const ANY = { min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE };

const MAX_HINTS = 20;

export interface ValidateOptions {
  /** num_samples cap. */
  readonly maxSamples: number;
  /** Cap on num_samples × metrics (the values a run holds at once); none when undefined. */
  readonly maxValues: number | undefined;
}

function doc(scope: Scope, key: string): KeyDoc {
  const d = keyDoc(scope, key);
  if (!d) throw new Error(`no key doc for ${scope}.${key}`);
  return d;
}

/** Warns about keys the scope does not know, naming the nearest known one. */
function unknownKeys(c: Checker, path: Path, table: Table, scope: Scope, what: string): void {
  const known = keysIn(scope).map((d) => d.key);
  const isKnown = new Set(known);
  for (const k of c.keys(path, table)) {
    if (isKnown.has(k)) continue;
    c.report('warning', [...path, k], 'key', `unknown key ${quoteName(k)} in ${what}, ignored${didYouMean(k, known)}`);
  }
}

function table(c: Checker, path: Path, v: unknown, what: string): Table | undefined {
  if (isTable(v)) return v;
  c.error(path, 'value', `${what} must be a table`);
  return undefined;
}

export function validateConfig(c: Checker, data: Table, { maxSamples, maxValues }: ValidateOptions): Config | undefined {
  unknownKeys(c, [], data, 'root', 'the config (chaosgen reads [general], [metrics] and [anomalies])');

  let numSamples: number | undefined;
  let seed: number | undefined;
  if (data.general === undefined) {
    c.error([], 'key', '`[general]` is missing: it must set `num_samples` (an integer from 1)');
  } else {
    const g = table(c, ['general'], data.general, '`general`');
    if (g) {
      unknownKeys(c, ['general'], g, 'general', '[general]');
      if (g.num_samples === undefined) c.error(['general'], 'key', `\`num_samples\` is required in [general]: ${doc('general', 'num_samples').limits}`);
      else numSamples = c.number(['general', 'num_samples'], g.num_samples, doc('general', 'num_samples'), { min: 1, max: maxSamples });
      if (g.seed !== undefined) seed = c.number(['general', 'seed'], g.seed, doc('general', 'seed'), { min: 0, max: MAX_SEED });
    }
  }

  const metrics: MetricSpec[] = [];
  const names: string[] = [];
  const m = data.metrics === undefined ? undefined : table(c, ['metrics'], data.metrics, '`metrics`');
  if (data.metrics === undefined) c.error([], 'key', 'no metrics: add at least one table such as [metrics.cpu_usage] with a `value`');
  if (m) {
    for (const name of c.keys(['metrics'], m)) names.push(name);
    if (names.length === 0) c.error(['metrics'], 'value', '[metrics] is empty: add at least one table such as [metrics.cpu_usage] with a `value`');
  }

  const anomalies = new Map<string, AnomalySpec>();
  if (data.anomalies !== undefined) {
    const a = table(c, ['anomalies'], data.anomalies, '`anomalies`');
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
        const spec = t && anomaly(c, path, t, numSamples);
        if (spec) anomalies.set(name, spec);
      }
    }
  }

  if (m) {
    for (const name of names) {
      const path = ['metrics', name];
      if (name.trim() === '') {
        c.error(path, 'key', 'a metric name must not be empty: it becomes a CSV column name');
        continue;
      }
      if (!checkName(c, path, name, 'metric')) continue;
      const t = table(c, path, m[name], `${quoteName(`metrics.${name}`)} (a metric)`);
      const spec = t && metric(c, path, t, name, numSamples);
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

function metric(c: Checker, path: Path, t: Table, name: string, N: number | undefined): Omit<MetricSpec, 'anomaly'> | undefined {
  unknownKeys(c, path, t, 'metric', `[metrics.${excerpt(name)}]`);
  let value: number | undefined;
  if (t.value === undefined) c.error(path, 'key', `\`value\` is required in [metrics.${excerpt(name)}]: the metric's base value, ${doc('metric', 'value').limits}`);
  else value = c.number([...path, 'value'], t.value, doc('metric', 'value'), ANY);
  const stepSize = t.step_size === undefined ? undefined : c.number([...path, 'step_size'], t.step_size, doc('metric', 'step_size'), { min: 0, max: MAX_MAGNITUDE, minExclusive: true });
  const noise = noiseSpec(c, path, t, N);
  if (value === undefined || noise === null) return undefined;
  return { name, value, stepSize, noise };
}

/** undefined = no noise; null = an error was reported. */
function noiseSpec(c: Checker, path: Path, t: Table, N: number | undefined): NoiseSpec | undefined | null {
  const argsPath = [...path, 'noise_args'];
  if (t.noise === undefined) {
    if (t.noise_args !== undefined) c.report('warning', argsPath, 'key', '`noise_args` has no effect without `noise`; set noise = "gaussian" (or another distribution)');
    return undefined;
  }
  const kind = t.noise;
  if (typeof kind !== 'string' || !(DISTRIBUTIONS as readonly string[]).includes(kind)) {
    const got = typeof kind === 'string' ? `"${excerpt(kind, 40)}"${didYouMean(kind, DISTRIBUTIONS)}` : c.raw([...path, 'noise'], kind);
    c.error([...path, 'noise'], 'value', `\`noise\` must be one of ${DISTRIBUTIONS.join(', ')}; got ${got}`);
    return null;
  }
  const dist = kind as Distribution;
  const args = t.noise_args === undefined ? {} : table(c, argsPath, t.noise_args, '`noise_args`');
  if (!args) return null;
  const takes = noiseArgsFor(dist).map((d) => d.key);
  let ok = true;
  for (const k of c.keys(argsPath, args)) {
    if (takes.includes(k)) continue;
    ok = false;
    const other = keyDoc('noise_args', k) ? ` (${dist} noise has no ${quoteName(k)})` : didYouMean(k, takes);
    c.error([...argsPath, k], 'key', `unknown noise_args key ${quoteName(k)} for ${dist} noise${other}; it takes ${takes.join(', ')}`);
  }
  const num = (key: string, dflt: number, min: number): number | undefined =>
    args[key] === undefined ? dflt : c.number([...argsPath, key], args[key], doc('noise_args', key), { min, max: MAX_MAGNITUDE });
  let window: number | undefined = 1;
  if (args.smoothing_window !== undefined) {
    const wDoc = doc('noise_args', 'smoothing_window');
    const max = N ?? Number.MAX_SAFE_INTEGER;
    window = c.number([...argsPath, 'smoothing_window'], args.smoothing_window, { ...wDoc, limits: N === undefined ? (wDoc.limits ?? '') : `an integer from 1 to num_samples (${N})` }, { min: 1, max });
  }
  const spec = ((): NoiseSpec | undefined => {
    switch (dist) {
      case 'gaussian':
      case 'logistic':
      case 'laplace': {
        const loc = num('loc', 0, -MAX_MAGNITUDE);
        const scale = num('scale', 1, 0);
        return loc === undefined || scale === undefined || window === undefined ? undefined : { kind: dist, loc, scale, window };
      }
      case 'exponential': {
        const scale = num('scale', 1, 0);
        return scale === undefined || window === undefined ? undefined : { kind: dist, scale, window };
      }
      case 'uniform': {
        const low = num('low', 0, -MAX_MAGNITUDE);
        const high = num('high', 1, -MAX_MAGNITUDE);
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
  return ok && spec ? spec : null;
}

function anomaly(c: Checker, path: Path, t: Table, N: number | undefined): AnomalySpec | undefined {
  const name = excerpt(path[1] ?? '');
  unknownKeys(c, path, t, 'anomaly', `[anomalies.${name}]`);
  const need = (key: string, bounds: { min: number; max: number }): number | undefined => {
    if (t[key] !== undefined) return c.number([...path, key], t[key], doc('anomaly', key), bounds);
    c.error(path, 'key', `\`${key}\` is required in [anomalies.${name}]: ${doc('anomaly', key).limits}`);
    return undefined;
  };
  const at = need('at', { min: 0, max: Number.MAX_SAFE_INTEGER });
  const factor = need('anomaly_factor', ANY);
  const recoveryTime = need('recovery_time', { min: 1, max: Number.MAX_SAFE_INTEGER });
  let kind: PatternKind | undefined;
  if (t.pattern === undefined) c.error(path, 'key', `\`pattern\` is required in [anomalies.${name}]: one of ${PATTERNS.join(', ')}`);
  else if (typeof t.pattern === 'string' && (PATTERNS as readonly string[]).includes(t.pattern)) kind = t.pattern as PatternKind;
  else {
    const got = typeof t.pattern === 'string' ? `"${excerpt(t.pattern, 40)}"${didYouMean(t.pattern, PATTERNS)}` : c.raw([...path, 'pattern'], t.pattern);
    c.error([...path, 'pattern'], 'value', `\`pattern\` must be one of ${PATTERNS.join(', ')}; got ${got}`);
  }
  if (at !== undefined && recoveryTime !== undefined && N !== undefined && at + recoveryTime > N) {
    c.error([...path, 'recovery_time'], 'value', `the anomaly runs past the end: at (${at}) + recovery_time (${recoveryTime}) must be at most num_samples (${N})`);
    return undefined;
  }
  const pattern = kind && patternSpec(c, [...path, 'pattern_args'], t.pattern_args, kind);
  if (at === undefined || factor === undefined || recoveryTime === undefined || !pattern) return undefined;
  return { at, factor, recoveryTime, pattern };
}

function patternSpec(c: Checker, argsPath: Path, raw: unknown, kind: PatternKind): PatternSpec | undefined {
  const args = raw === undefined ? {} : table(c, argsPath, raw, '`pattern_args`');
  if (!args) return undefined;
  if (raw !== undefined && kind !== 'oscillating') c.report('warning', argsPath, 'key', `\`pattern_args\` is ignored: only the oscillating pattern reads it (this one is ${kind})`);
  else unknownKeys(c, argsPath, args, 'pattern_args', '`pattern_args`');
  switch (kind) {
    case 'step':
    case 'linear':
    case 'exponential':
      return { kind };
    case 'oscillating': {
      const frequency = args.frequency === undefined ? 3 : c.number([...argsPath, 'frequency'], args.frequency, doc('pattern_args', 'frequency'), ANY);
      return frequency === undefined ? undefined : { kind, frequency };
    }
    default:
      return assertNever(kind);
  }
}
