import { formatCount, MAX_BROWSER_VALUES, MAX_MAGNITUDE, MAX_SAMPLES } from './limits.ts';
import { DISTRIBUTIONS, PATTERNS, type Distribution } from './types.ts';

// One table of what every key means, its default and its limits. Validation messages, editor
// hover and completion all read it, so they can never disagree.

export type Scope = 'root' | 'general' | 'metric' | 'noise_args' | 'anomaly' | 'pattern_args';
export type KeyType = 'integer' | 'number' | 'string' | 'table';

export interface KeyDoc {
  readonly scope: Scope;
  readonly key: string;
  readonly type: KeyType;
  readonly required: boolean;
  readonly summary: string;
  /** Human wording of the default, when there is one. */
  readonly default?: string;
  /** Human wording of the allowed values, used verbatim in error messages. */
  readonly limits?: string;
  /** For string keys with a fixed set of values. */
  readonly values?: readonly string[];
  /** For noise_args: the distributions that take this parameter. */
  readonly distributions?: readonly Distribution[];
}

const FINITE = `a finite number from -1e15 to 1e15`;
const SCALE = `a finite number from 0 to 1e15`;
void MAX_MAGNITUDE; // FINITE and SCALE spell it out; keep them in step with limits.ts

export const KEY_DOCS: readonly KeyDoc[] = [
  { scope: 'root', key: 'general', type: 'table', required: true, summary: 'Settings for the whole dataset: the number of samples and the random seed.' },
  { scope: 'root', key: 'metrics', type: 'table', required: true, summary: 'One sub-table per metric; the table name is the metric name and the column name. Metrics keep the order of the file.' },
  { scope: 'root', key: 'anomalies', type: 'table', required: false, summary: 'Optional faults: one sub-table per affected metric, named after it.' },
  { scope: 'general', key: 'num_samples', type: 'integer', required: true, summary: `How many samples every metric has (rows of the CSV). In the playground, num_samples × the number of metrics may be at most ${formatCount(MAX_BROWSER_VALUES)}; the command line streams and has no such limit.`, limits: `an integer from 1 to ${formatCount(MAX_SAMPLES)}` },
  { scope: 'general', key: 'seed', type: 'integer', required: false, summary: 'Seed of the random streams: the same seed gives the same numbers, bit for bit, everywhere.', default: 'a random seed, reported with the data', limits: `an integer from 0 to ${formatCount(Number.MAX_SAFE_INTEGER)}` },
  { scope: 'metric', key: 'value', type: 'number', required: true, summary: 'The steady base value of the metric.', limits: FINITE },
  { scope: 'metric', key: 'step_size', type: 'number', required: false, summary: 'Quantum of the output: every sample is rounded to a multiple of it (ties to even), e.g. 1 for an instance count.', default: 'none (only the final rounding to 6 decimals)', limits: 'a finite number greater than 0, at most 1e15' },
  { scope: 'metric', key: 'noise', type: 'string', required: false, summary: 'Distribution of the noise added on top of the base value and the anomaly.', default: 'none (no noise)', values: DISTRIBUTIONS, limits: `one of ${DISTRIBUTIONS.join(', ')}` },
  { scope: 'metric', key: 'noise_args', type: 'table', required: false, summary: 'Parameters of the noise distribution (NumPy names and defaults), plus an optional smoothing_window.' },
  { scope: 'noise_args', key: 'loc', type: 'number', required: false, summary: 'Centre of the distribution (mean for gaussian and logistic).', default: '0', limits: FINITE, distributions: ['gaussian', 'logistic', 'laplace'] },
  { scope: 'noise_args', key: 'scale', type: 'number', required: false, summary: 'Spread: the standard deviation for gaussian, the mean for exponential, the scale parameter for logistic and laplace.', default: '1', limits: SCALE, distributions: ['gaussian', 'exponential', 'logistic', 'laplace'] },
  { scope: 'noise_args', key: 'low', type: 'number', required: false, summary: 'Lower bound of uniform noise (included).', default: '0', limits: FINITE, distributions: ['uniform'] },
  { scope: 'noise_args', key: 'high', type: 'number', required: false, summary: 'Upper bound of uniform noise (excluded).', default: '1', limits: `${FINITE}, at least low`, distributions: ['uniform'] },
  { scope: 'noise_args', key: 'smoothing_window', type: 'integer', required: false, summary: 'Width of a centred moving average applied to the noise; larger means smoother. It tapers to 0 at both ends of the series.', default: '1 (no smoothing)', limits: 'an integer from 1 to num_samples', distributions: DISTRIBUTIONS },
  { scope: 'anomaly', key: 'at', type: 'integer', required: true, summary: 'First sample of the anomaly (0-based).', limits: 'an integer from 0, with at + recovery_time at most num_samples' },
  { scope: 'anomaly', key: 'anomaly_factor', type: 'number', required: true, summary: 'Multiplier at the height of the anomaly: 2 doubles the metric, 0.4 drops it to 40%.', limits: FINITE },
  { scope: 'anomaly', key: 'pattern', type: 'string', required: true, summary: 'Shape of the anomaly: step holds, linear falls evenly, exponential falls fast then slowly, oscillating swings while it decays.', values: PATTERNS, limits: `one of ${PATTERNS.join(', ')}` },
  { scope: 'anomaly', key: 'recovery_time', type: 'integer', required: true, summary: 'How many samples the anomaly lasts.', limits: 'an integer from 1, with at + recovery_time at most num_samples' },
  { scope: 'anomaly', key: 'pattern_args', type: 'table', required: false, summary: 'Parameters of the pattern; only oscillating reads one (frequency).' },
  { scope: 'pattern_args', key: 'frequency', type: 'number', required: false, summary: 'Angular frequency of the oscillating pattern, in radians per sample.', default: '3', limits: FINITE },
];

export function keysIn(scope: Scope): readonly KeyDoc[] {
  return KEY_DOCS.filter((d) => d.scope === scope);
}

export function keyDoc(scope: Scope, key: string): KeyDoc | undefined {
  return KEY_DOCS.find((d) => d.scope === scope && d.key === key);
}

/** noise_args keys that a distribution takes, in table order. */
export function noiseArgsFor(distribution: Distribution): readonly KeyDoc[] {
  return keysIn('noise_args').filter((d) => d.distributions?.includes(distribution));
}
