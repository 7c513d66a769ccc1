import { describe, type Checker, type Path, type Table } from '../checker.ts';
import { LABEL_NAME } from '../formats/openMetricsNames.ts';
import { formatCount } from '../limits.ts';
import { excerpt, quoteName } from '../quote.ts';
import { noiseArgsFor } from '../schema/lookup.ts';
import { walkTable, type Values, type WalkLimits } from '../schema/walk.ts';
import { didYouMean } from '../suggest.ts';
import { assertNever, type BaselineSpec, type Distribution, type MetricSpec, type NoiseSpec, type SeasonSpec } from '../types.ts';

// One [metrics.X] table: its keys are checked by the schema walk; here are the rules across
// keys (high ≥ low, min ≤ max) and the MetricSpec the engine reads (SPEC §1, §8).

const num = (v: Values, key: string): number | undefined => v.get(key) as number | undefined;

/**
 * Waves of one metric's seasonality. Each wave costs a step per sample, so without a cap a
 * pasted array of 100,000 waves would make a 10,000,000-sample run take hours; real seasonality
 * is a handful of periods (day, week, year).
 */
export const MAX_WAVES = 100;

export function metric(c: Checker, path: Path, t: Table, name: string, limits: WalkLimits): Omit<MetricSpec, 'anomaly'> | undefined {
  const v = walkTable(c, path, t, 'metric', limits, { what: `[metrics.${excerpt(name)}]` });
  const value = num(v, 'value');
  const noise = noiseSpec(c, path, t, v, limits);
  const baseline = baselineSpec(c, path, v, limits);
  const min = num(v, 'min');
  const max = num(v, 'max');
  if (min !== undefined && max !== undefined && max < min) {
    c.error([...path, 'max'], 'value', `\`max\` must be at least \`min\`; got min = ${min}, max = ${max}`);
    return undefined;
  }
  const unit = v.get('unit') as string | undefined;
  const table = v.get('labels') as Table | undefined;
  const labels = table === undefined ? undefined : labelsOf(c, [...path, 'labels'], table);
  if (value === undefined || noise === null || baseline === null || labels === null) return undefined;
  return {
    name, value, stepSize: num(v, 'step_size'), noise,
    ...(baseline && { baseline }), ...(min !== undefined && { min }), ...(max !== undefined && { max }), ...(unit !== undefined && { unit }),
    ...(labels !== undefined && { labels }),
  };
}

/**
 * SPEC §11's OpenMetrics labels: string values under names OpenMetrics accepts (LABEL_NAME, not
 * the reserved `__` prefix). null = an error was reported.
 */
function labelsOf(c: Checker, path: Path, t: Table): Readonly<Record<string, string>> | null {
  const labels: Record<string, string> = {};
  let ok = true;
  for (const k of c.keys(path, t)) {
    const value = t[k];
    if (!LABEL_NAME.test(k) || k.startsWith('__')) {
      c.error([...path, k], 'key', `label name ${quoteName(k)} is not allowed in OpenMetrics: use letters, digits and _, not starting with a digit or __`);
      ok = false;
    } else if (typeof value !== 'string') {
      c.error([...path, k], 'value', `label ${quoteName(k)} must be a string, e.g. ${k} = "web-01"; got ${describe(value)}`);
      ok = false;
    } else labels[k] = value;
  }
  return ok ? labels : null;
}

/** SPEC §8's terms beyond value; undefined = none, null = an error was reported. */
function baselineSpec(c: Checker, path: Path, v: Values, limits: WalkLimits): BaselineSpec | undefined | null {
  let ok = true;
  let spec: { -readonly [K in keyof BaselineSpec]: BaselineSpec[K] } = {};
  const trend = v.get('trend') as Table | undefined;
  if (trend) {
    const tv = walkTable(c, [...path, 'trend'], trend, 'trend', limits, { what: '`trend`' });
    const slope = num(tv, 'slope');
    const per = trend.per === undefined ? 1 : num(tv, 'per');
    if (slope === undefined || per === undefined) ok = false;
    else spec = { ...spec, trend: { slope, per } };
  }
  const seasonality = v.get('seasonality') as readonly Table[] | undefined;
  if (seasonality && seasonality.length > MAX_WAVES) {
    c.error([...path, 'seasonality'], 'value', `\`seasonality\` has ${formatCount(seasonality.length)} waves; a metric has at most ${MAX_WAVES}`);
    return null;
  }
  if (seasonality) {
    const waves: SeasonSpec[] = [];
    seasonality.forEach((wave, i) => {
      const sv = walkTable(c, [...path, 'seasonality', String(i)], wave, 'season', limits, { what: `\`seasonality\` wave ${i + 1}` });
      const period = num(sv, 'period');
      const amplitude = num(sv, 'amplitude');
      const phase = wave.phase === undefined ? 0 : num(sv, 'phase');
      if (period === undefined || amplitude === undefined || phase === undefined) ok = false;
      else waves.push({ period, amplitude, phase });
    });
    if (waves.length > 0) spec = { ...spec, seasonality: waves };
  }
  const walk = v.get('random_walk') as Table | undefined;
  if (walk) {
    const scale = num(walkTable(c, [...path, 'random_walk'], walk, 'random_walk', limits, { what: '`random_walk`' }), 'scale');
    if (scale === undefined) ok = false;
    else spec = { ...spec, randomWalk: { scale } };
  }
  if (!ok) return null;
  return Object.keys(spec).length > 0 ? spec : undefined;
}

/** undefined = no noise; null = an error was reported. */
function noiseSpec(c: Checker, path: Path, t: Table, v: Values, limits: WalkLimits): NoiseSpec | undefined | null {
  const argsPath = [...path, 'noise_args'];
  if (t.noise === undefined) {
    if (t.noise_args !== undefined) c.report('warning', argsPath, 'key', '`noise_args` has no effect without `noise`; set noise = "gaussian" (or another distribution)');
    return undefined;
  }
  const dist = v.get('noise') as Distribution | undefined;
  const args = t.noise_args === undefined ? {} : (v.get('noise_args') as Table | undefined);
  if (dist === undefined || args === undefined) return null;
  const takes = noiseArgsFor(dist).map((d) => d.key);
  // SPEC §1: an unknown noise_args key is an error (NumPy rejected it)
  const onUnknown = (k: string, known: boolean): void => {
    const other = known ? ` (${dist} noise has no ${quoteName(k)})` : didYouMean(k, takes);
    c.error([...argsPath, k], 'key', `unknown noise_args key ${quoteName(k)} for ${dist} noise${other}; it takes ${takes.join(', ')}`);
  };
  const before = c.diagnostics.length;
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
  return c.diagnostics.length === before && spec ? spec : null;
}
