import { formatCount, MAX_BROWSER_VALUES, MAX_MAGNITUDE, MAX_SAMPLES } from '../limits.ts';
import { MAX_SEED } from '../rng.ts';
import { DISTRIBUTIONS, EFFECTS, LABEL_MODES, PATTERNS, RNG_MODES, TIME_FORMATS } from '../types.ts';
import type { KeyDoc, ScopeDoc } from './keyDoc.ts';

// The schema of a config: where each scope's tables are, and every key of each scope with its
// type, bounds, default, allowed values, the kinds that read it and its docs. Number bounds
// default to the finite range ±MAX_MAGNITUDE (integers: from 0 to 2^53 − 1).

export const SCOPES: readonly ScopeDoc[] = [
  { scope: 'root', paths: [[]], where: 'top level' },
  { scope: 'general', paths: [['general']], where: '`[general]`' },
  { scope: 'metric', paths: [['metrics', '*']], where: '`[metrics.NAME]`' },
  { scope: 'noise_args', paths: [['metrics', '*', 'noise_args']], where: '`noise_args`' },
  { scope: 'trend', paths: [['metrics', '*', 'trend']], where: '`trend`' },
  { scope: 'season', paths: [['metrics', '*', 'seasonality', '#'], ['metrics', '*', 'seasonality']], where: '`seasonality` (each wave)' },
  { scope: 'random_walk', paths: [['metrics', '*', 'random_walk']], where: '`random_walk`' },
  // `[[anomalies.X]]` elements are ['anomalies', X, '0'…]; the editor sees them as ['anomalies', X]
  { scope: 'anomaly', paths: [['anomalies', '*'], ['anomalies', '*', '#']], where: '`[anomalies.NAME]`' },
  { scope: 'pattern_args', paths: [['anomalies', '*', 'pattern_args'], ['anomalies', '*', '#', 'pattern_args']], where: '`pattern_args`' },
  { scope: 'output', paths: [['output']], where: '`[output]`' },
];

/** MAX_MAGNITUDE as people write it: 1e15. */
const M = MAX_MAGNITUDE.toExponential().replace('+', '');
const FINITE = `a finite number from -${M} to ${M}`;
const SCALE = `a finite number from 0 to ${M}`;
/** The sample-counting keys (SPEC §7). */
const SAMPLES = ['duration'] as const;
/** The effects that have a shape and a size. */
const SIZED = ['scale', 'offset', 'noise'] as const;

export const KEY_DOCS: readonly KeyDoc[] = [
  { scope: 'root', key: 'general', type: 'table', required: true, summary: 'Settings for the whole dataset: the number of samples and the random seed.' },
  { scope: 'root', key: 'metrics', type: 'table', required: true, summary: 'One sub-table per metric; the table name is the metric name and the column name. Metrics keep the order of the file.' },
  { scope: 'root', key: 'anomalies', type: 'table', required: false, summary: 'Optional faults: one sub-table per affected metric, named after it; [[anomalies.NAME]] (an array of tables) gives a metric several.' },
  { scope: 'root', key: 'output', type: 'table', required: false, summary: 'What the outputs carry besides the values: anomaly labels and the time column.' },
  { scope: 'general', key: 'num_samples', type: 'integer', required: true, requiredUnless: 'duration', min: 1, max: 'max_samples', summary: `How many samples every metric has (rows of the CSV); this or \`duration\` is required. In the playground, num_samples × the number of metrics may be at most ${formatCount(MAX_BROWSER_VALUES)}; the command line streams and has no such limit.`, limits: `an integer from 1 to ${formatCount(MAX_SAMPLES)}` },
  { scope: 'general', key: 'seed', type: 'integer', required: false, min: 0, max: MAX_SEED, summary: 'Seed of the random streams: the same seed gives the same numbers, bit for bit, everywhere.', default: 'a random seed, reported with the data', limits: `an integer from 0 to ${formatCount(MAX_SEED)}` },
  { scope: 'general', key: 'rng', type: 'string', required: false, summary: 'Which random numbers: chaosgen\'s own streams, one per metric, or numpy, which reproduces the original Python generate.py byte for byte (NumPy\'s default_rng restarted for every metric, its samplers, np.convolve and np.round, Python\'s CSV). numpy mode needs a seed of 1 or more and reads only the keys the original knew: not start, interval, duration, trend, seasonality, random_walk, min, max, unit, labels, effect, delta, [[anomalies.NAME]] or [output].', default: '"chaosgen"', values: RNG_MODES, limits: `one of ${RNG_MODES.join(', ')}` },
  { scope: 'general', key: 'start', type: 'date-time', required: false, summary: 'The time of sample 0, a TOML date-time written without quotes (2026-03-02T00:00:00Z); a local date-time is read as UTC. With it, the outputs carry a timestamp for every sample.', default: 'none (sample indices only)', limits: 'a TOML date-time such as 2026-03-02T00:00:00Z' },
  { scope: 'general', key: 'interval', type: 'duration', required: false, min: 1, summary: 'The time between two samples. Durations in the config (at, recovery_time, …) become sample counts at this interval.', default: '"1s"', limits: 'a duration of at least 1ms, such as "1s", "1m" or "250ms"' },
  { scope: 'general', key: 'duration', type: 'duration', required: false, min: 0, summary: 'How long the series lasts, instead of num_samples: num_samples = duration / interval.', limits: 'a duration that is a whole number of intervals, such as "7d"' },
  { scope: 'metric', key: 'value', type: 'number', required: true, role: "the metric's base value", summary: 'The steady base value of the metric.', limits: FINITE },
  { scope: 'metric', key: 'step_size', type: 'number', required: false, min: 0, minExclusive: true, summary: 'Quantum of the output: every sample is rounded to a multiple of it (ties to even), e.g. 1 for an instance count.', default: 'none (only the final rounding to 6 decimals)', limits: `a finite number greater than 0, at most ${M}` },
  { scope: 'metric', key: 'noise', type: 'string', required: false, summary: 'Distribution of the noise added on top of the base value and the anomaly.', default: 'none (no noise)', values: DISTRIBUTIONS, limits: `one of ${DISTRIBUTIONS.join(', ')}` },
  { scope: 'metric', key: 'trend', type: 'table', required: false, summary: 'A straight-line drift: the base grows by `slope` every `per` ({ slope = 5, per = "1d" }).' },
  { scope: 'metric', key: 'seasonality', type: 'array of tables', required: false, summary: 'A sum of sine waves, each { period, amplitude, phase }: amplitude · sin(2π (i − phase) / period).' },
  { scope: 'metric', key: 'random_walk', type: 'table', required: false, summary: 'A wandering base: the running sum of N(0, scale) steps, 0 at sample 0, from a random stream of its own ({ scale = 0.3 }).' },
  { scope: 'metric', key: 'min', type: 'number', required: false, summary: 'Lowest value: samples are clipped to it after the noise, before quantising.', default: 'none', limits: FINITE },
  { scope: 'metric', key: 'max', type: 'number', required: false, summary: 'Highest value: samples are clipped to it after the noise, before quantising.', default: 'none', limits: `${FINITE}, at least min` },
  { scope: 'metric', key: 'unit', type: 'string', required: false, summary: 'Free text naming the unit ("percent", "bytes"): shown on the chart axis and in hover.', default: 'none', limits: 'any text' },
  { scope: 'metric', key: 'labels', type: 'table', required: false, summary: 'OpenMetrics labels of the metric\'s series in metrics.om, e.g. { instance = "web-01", job = "api" }: names of letters, digits and _ (not starting with a digit or __), values any text.', default: 'none' },
  { scope: 'metric', key: 'noise_args', type: 'table', required: false, summary: 'Parameters of the noise distribution (NumPy names and defaults), plus an optional smoothing_window.', default: "the distribution's defaults" },
  { scope: 'noise_args', key: 'loc', type: 'number', required: false, summary: 'Centre of the distribution (mean for gaussian and logistic).', default: '0', limits: FINITE, readBy: ['gaussian', 'logistic', 'laplace'] },
  { scope: 'noise_args', key: 'scale', type: 'number', required: false, min: 0, summary: 'Spread: the standard deviation for gaussian, the mean for exponential, the scale parameter for logistic and laplace.', default: '1', limits: SCALE, readBy: ['gaussian', 'exponential', 'logistic', 'laplace'] },
  { scope: 'noise_args', key: 'low', type: 'number', required: false, summary: 'Lower bound of uniform noise (included).', default: '0', limits: FINITE, readBy: ['uniform'] },
  { scope: 'noise_args', key: 'high', type: 'number', required: false, summary: 'Upper bound of uniform noise (excluded).', default: '1', limits: `${FINITE}, at least low`, readBy: ['uniform'] },
  { scope: 'noise_args', key: 'smoothing_window', type: 'integer', required: false, min: 1, max: 'num_samples', summary: 'Width of a centred moving average applied to the noise; larger means smoother. It tapers to 0 at both ends of the series.', default: '1 (no smoothing)', limits: 'an integer from 1 to num_samples', also: SAMPLES, readBy: DISTRIBUTIONS },
  { scope: 'anomaly', key: 'effect', type: 'string', required: false, summary: 'What the anomaly changes: scale multiplies the metric, offset adds to it, noise multiplies the noise, flatline repeats the sample before the window, missing leaves the window without data.', default: 'scale', values: EFFECTS, limits: `one of ${EFFECTS.join(', ')}` },
  { scope: 'anomaly', key: 'at', type: 'integer', also: ['duration', 'date-time'], required: true, min: 0, summary: 'First sample of the anomaly (0-based); a duration counts from the start, a date-time must fall inside the series.', limits: 'an integer from 0, with at + recovery_time at most num_samples' },
  { scope: 'anomaly', key: 'anomaly_factor', type: 'number', required: true, readBy: ['scale', 'noise'], summary: 'Multiplier at the height of the anomaly: 2 doubles the metric (or, for the noise effect, the noise), 0.4 drops it to 40%.', limits: FINITE },
  { scope: 'anomaly', key: 'delta', type: 'number', required: true, readBy: ['offset'], summary: 'What the offset effect adds at the height of the anomaly (works on a metric whose base is 0).', limits: FINITE },
  { scope: 'anomaly', key: 'pattern', type: 'string', required: true, readBy: SIZED, summary: 'Shape of the anomaly: step holds, linear falls evenly, exponential falls fast then slowly, oscillating swings while it decays, ramp rises evenly.', values: PATTERNS, limits: `one of ${PATTERNS.join(', ')}` },
  { scope: 'anomaly', key: 'recovery_time', type: 'integer', also: SAMPLES, required: true, min: 1, summary: 'How many samples the anomaly lasts.', limits: 'an integer from 1, with at + recovery_time at most num_samples' },
  { scope: 'anomaly', key: 'pattern_args', type: 'table', required: false, readBy: SIZED, summary: 'Parameters of the pattern; only oscillating reads one (frequency).' },
  { scope: 'pattern_args', key: 'frequency', type: 'number', required: false, summary: 'Angular frequency of the oscillating pattern, in radians per sample.', default: '3', limits: FINITE },
  { scope: 'trend', key: 'slope', type: 'number', required: true, summary: 'How much the base grows every `per` (negative: falls).', limits: FINITE },
  { scope: 'trend', key: 'per', type: 'integer', also: SAMPLES, required: false, min: 1, summary: 'The stretch over which the base grows by `slope`.', default: '1 sample', limits: 'an integer from 1' },
  { scope: 'season', key: 'period', type: 'integer', also: SAMPLES, required: true, min: 1, summary: 'Length of one wave.', limits: 'an integer from 1' },
  { scope: 'season', key: 'amplitude', type: 'number', required: true, summary: 'Height of the wave above (and depth below) the base.', limits: FINITE },
  { scope: 'season', key: 'phase', type: 'integer', also: SAMPLES, required: false, min: 0, summary: 'Shift of the wave: it crosses the base going up at sample `phase`.', default: '0', limits: 'an integer from 0' },
  { scope: 'random_walk', key: 'scale', type: 'number', required: true, min: 0, summary: 'Standard deviation of each step of the walk.', limits: SCALE },
  { scope: 'output', key: 'labels', type: 'string', required: false, summary: 'Anomaly labels in the CSV: per_metric adds a 0/1 column <metric>_is_anomaly per metric, any a single is_anomaly column.', default: 'none', values: LABEL_MODES, limits: `one of ${LABEL_MODES.join(', ')}` },
  { scope: 'output', key: 'time', type: 'string', required: false, summary: 'The CSV\'s first column when [general] start is set: ISO timestamps, unix seconds, unix milliseconds, or none.', default: 'iso when start is set', values: TIME_FORMATS, limits: `one of ${TIME_FORMATS.join(', ')}` },
];
