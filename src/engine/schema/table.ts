import { formatCount, MAX_BROWSER_VALUES, MAX_MAGNITUDE, MAX_SAMPLES } from '../limits.ts';
import { MAX_SEED } from '../rng.ts';
import { DISTRIBUTIONS, PATTERNS } from '../types.ts';
import type { KeyDoc, ScopeDoc } from './keyDoc.ts';

// The schema of a config: where each scope's tables are, and every key of each scope with its
// type, bounds, default, allowed values, the kinds that read it and its docs. Number bounds
// default to the finite range ±MAX_MAGNITUDE (integers: from 0 to 2^53 − 1).

export const SCOPES: readonly ScopeDoc[] = [
  { scope: 'root', paths: [[]], where: 'top level' },
  { scope: 'general', paths: [['general']], where: '`[general]`' },
  { scope: 'metric', paths: [['metrics', '*']], where: '`[metrics.NAME]`' },
  { scope: 'noise_args', paths: [['metrics', '*', 'noise_args']], where: '`noise_args`' },
  { scope: 'anomaly', paths: [['anomalies', '*']], where: '`[anomalies.NAME]`' },
  { scope: 'pattern_args', paths: [['anomalies', '*', 'pattern_args']], where: '`pattern_args`' },
];

/** MAX_MAGNITUDE as people write it: 1e15. */
const M = MAX_MAGNITUDE.toExponential().replace('+', '');
const FINITE = `a finite number from -${M} to ${M}`;
const SCALE = `a finite number from 0 to ${M}`;

export const KEY_DOCS: readonly KeyDoc[] = [
  { scope: 'root', key: 'general', type: 'table', required: true, summary: 'Settings for the whole dataset: the number of samples and the random seed.' },
  { scope: 'root', key: 'metrics', type: 'table', required: true, summary: 'One sub-table per metric; the table name is the metric name and the column name. Metrics keep the order of the file.' },
  { scope: 'root', key: 'anomalies', type: 'table', required: false, summary: 'Optional faults: one sub-table per affected metric, named after it.' },
  { scope: 'general', key: 'num_samples', type: 'integer', required: true, min: 1, max: 'max_samples', summary: `How many samples every metric has (rows of the CSV). In the playground, num_samples × the number of metrics may be at most ${formatCount(MAX_BROWSER_VALUES)}; the command line streams and has no such limit.`, limits: `an integer from 1 to ${formatCount(MAX_SAMPLES)}` },
  { scope: 'general', key: 'seed', type: 'integer', required: false, min: 0, max: MAX_SEED, summary: 'Seed of the random streams: the same seed gives the same numbers, bit for bit, everywhere.', default: 'a random seed, reported with the data', limits: `an integer from 0 to ${formatCount(MAX_SEED)}` },
  { scope: 'metric', key: 'value', type: 'number', required: true, role: "the metric's base value", summary: 'The steady base value of the metric.', limits: FINITE },
  { scope: 'metric', key: 'step_size', type: 'number', required: false, min: 0, minExclusive: true, summary: 'Quantum of the output: every sample is rounded to a multiple of it (ties to even), e.g. 1 for an instance count.', default: 'none (only the final rounding to 6 decimals)', limits: `a finite number greater than 0, at most ${M}` },
  { scope: 'metric', key: 'noise', type: 'string', required: false, summary: 'Distribution of the noise added on top of the base value and the anomaly.', default: 'none (no noise)', values: DISTRIBUTIONS, limits: `one of ${DISTRIBUTIONS.join(', ')}` },
  { scope: 'metric', key: 'noise_args', type: 'table', required: false, summary: 'Parameters of the noise distribution (NumPy names and defaults), plus an optional smoothing_window.', default: "the distribution's defaults" },
  { scope: 'noise_args', key: 'loc', type: 'number', required: false, summary: 'Centre of the distribution (mean for gaussian and logistic).', default: '0', limits: FINITE, readBy: ['gaussian', 'logistic', 'laplace'] },
  { scope: 'noise_args', key: 'scale', type: 'number', required: false, min: 0, summary: 'Spread: the standard deviation for gaussian, the mean for exponential, the scale parameter for logistic and laplace.', default: '1', limits: SCALE, readBy: ['gaussian', 'exponential', 'logistic', 'laplace'] },
  { scope: 'noise_args', key: 'low', type: 'number', required: false, summary: 'Lower bound of uniform noise (included).', default: '0', limits: FINITE, readBy: ['uniform'] },
  { scope: 'noise_args', key: 'high', type: 'number', required: false, summary: 'Upper bound of uniform noise (excluded).', default: '1', limits: `${FINITE}, at least low`, readBy: ['uniform'] },
  { scope: 'noise_args', key: 'smoothing_window', type: 'integer', required: false, min: 1, max: 'num_samples', summary: 'Width of a centred moving average applied to the noise; larger means smoother. It tapers to 0 at both ends of the series.', default: '1 (no smoothing)', limits: 'an integer from 1 to num_samples', readBy: DISTRIBUTIONS },
  { scope: 'anomaly', key: 'at', type: 'integer', required: true, min: 0, summary: 'First sample of the anomaly (0-based).', limits: 'an integer from 0, with at + recovery_time at most num_samples' },
  { scope: 'anomaly', key: 'anomaly_factor', type: 'number', required: true, summary: 'Multiplier at the height of the anomaly: 2 doubles the metric, 0.4 drops it to 40%.', limits: FINITE },
  { scope: 'anomaly', key: 'pattern', type: 'string', required: true, summary: 'Shape of the anomaly: step holds, linear falls evenly, exponential falls fast then slowly, oscillating swings while it decays.', values: PATTERNS, limits: `one of ${PATTERNS.join(', ')}` },
  { scope: 'anomaly', key: 'recovery_time', type: 'integer', required: true, min: 1, summary: 'How many samples the anomaly lasts.', limits: 'an integer from 1, with at + recovery_time at most num_samples' },
  { scope: 'anomaly', key: 'pattern_args', type: 'table', required: false, summary: 'Parameters of the pattern; only oscillating reads one (frequency).' },
  { scope: 'pattern_args', key: 'frequency', type: 'number', required: false, summary: 'Angular frequency of the oscillating pattern, in radians per sample.', default: '3', limits: FINITE },
];
