import { isTable, type Checker, type Table } from '../checker.ts';

// SPEC §12: rng = "numpy" reproduces the original generate.py, which knew only the keys of
// SPEC §1. Every key that came later (§7–§11) is an error in this mode, each at its place and
// saying why, rather than silently ignored: a config that uses one cannot give the original's
// bytes. So is a missing seed or seed 0: the original drew a random seed for both
// (np.random.randint(0, 1000)), and that draw cannot be reproduced — unless a seed comes from
// outside the file (--seed), which replaces the file's and makes the run reproducible.

const WHY = 'numpy mode reproduces the original generate.py, which had no such key';
const NOT_IN_ORIGINAL = {
  general: ['start', 'interval', 'duration'],
  metric: ['trend', 'seasonality', 'random_walk', 'min', 'max', 'unit', 'labels'],
  anomaly: ['effect', 'delta'],
} as const;
/** Keys that count samples; since §7 they may also be durations (strings) or date-times. */
const SAMPLE_KEYS = ['at', 'recovery_time'] as const;

function notInOriginal(c: Checker, path: readonly string[], t: Table, keys: readonly string[]): void {
  for (const key of keys) if (t[key] !== undefined) c.error([...path, key], 'key', `\`${key}\` cannot be used with rng = "numpy": ${WHY}`);
}

function integerOnly(c: Checker, path: readonly string[], value: unknown, key: string): void {
  if (value !== undefined && typeof value !== 'number' && typeof value !== 'bigint') {
    c.error(path, 'value', `with rng = "numpy", \`${key}\` must be a number of samples: numpy mode reproduces the original generate.py, which read no durations or dates`);
  }
}

export function checkNumpyMode(c: Checker, data: Table, general: Table, seedGiven: boolean): void {
  notInOriginal(c, ['general'], general, NOT_IN_ORIGINAL.general);
  const seed = general.seed;
  const why = 'the original generate.py replaced a missing seed and seed 0 by a random seed (np.random.randint(0, 1000)) that cannot be reproduced';
  if (seed === undefined && !seedGiven) c.error(general.rng === undefined ? ['general'] : ['general', 'rng'], general.rng === undefined ? 'key' : 'value', `numpy mode needs a \`seed\` of 1 or more in [general]: ${why}`);
  else if (seed === 0 && !seedGiven) c.error(['general', 'seed'], 'value', `with rng = "numpy" the seed must be 1 or more: ${why}`);
  if (data.output !== undefined) c.error(['output'], 'key', `\`[output]\` cannot be used with rng = "numpy": ${WHY} (its CSV had no time or label columns)`);
  const metrics = data.metrics;
  if (isTable(metrics)) {
    for (const [name, m] of Object.entries(metrics)) {
      if (!isTable(m)) continue;
      notInOriginal(c, ['metrics', name], m, NOT_IN_ORIGINAL.metric);
      const args = m.noise_args;
      if (isTable(args)) integerOnly(c, ['metrics', name, 'noise_args', 'smoothing_window'], args.smoothing_window, 'smoothing_window');
    }
  }
  const anomalies = data.anomalies;
  if (!isTable(anomalies)) return;
  for (const [name, a] of Object.entries(anomalies)) {
    if (Array.isArray(a)) {
      c.error(['anomalies', name], 'key', `[[anomalies.${name}]] (several anomalies on a metric) cannot be used with rng = "numpy": numpy mode reproduces the original generate.py, which read one [anomalies.${name}] table`);
      continue;
    }
    if (!isTable(a)) continue;
    notInOriginal(c, ['anomalies', name], a, NOT_IN_ORIGINAL.anomaly);
    for (const key of SAMPLE_KEYS) integerOnly(c, ['anomalies', name, key], a[key], key);
    if (a.pattern === 'ramp') c.error(['anomalies', name, 'pattern'], 'value', 'pattern = "ramp" cannot be used with rng = "numpy": numpy mode reproduces the original generate.py, whose patterns were linear, exponential, oscillating and step');
  }
}
