import { anomaliesOf } from './effects/makeEffect.ts';
import { assertNever, type AnomalyWindow, type EffectSpec, type GroundTruthWindow, type MetricSpec } from './types.ts';

// The ground truth of SPEC §10: every anomaly of a metric with its window and what it does,
// read from the same list generation runs (anomaliesOf), so the labels cannot disagree with
// the data.

function truthOf(metric: string, spec: EffectSpec): GroundTruthWindow {
  const window = { metric, first: spec.at, last: spec.at + spec.recoveryTime - 1 };
  switch (spec.kind) {
    case 'scale':
    case 'noise':
      return { ...window, effect: spec.kind, pattern: spec.pattern.kind, factor: spec.factor };
    case 'offset':
      return { ...window, effect: 'offset', pattern: spec.pattern.kind, delta: spec.delta };
    case 'flatline':
    case 'missing':
      return { ...window, effect: spec.kind };
    default:
      return assertNever(spec);
  }
}

/** The §2 anomaly's window (the charts shade it, metrics.json reports it); anomalyWindows lists every anomaly. */
export function anomalyWindow(metric: MetricSpec): AnomalyWindow | undefined {
  const a = metric.anomaly;
  if (!a) return undefined;
  return { first: a.at, last: a.at + a.recoveryTime - 1, pattern: a.pattern.kind, factor: a.factor };
}

/** Every anomaly of a metric in file order (the one §2 `anomaly` is a `scale` effect). */
export function anomalyWindows(metric: MetricSpec): readonly GroundTruthWindow[] {
  return anomaliesOf(metric).map((spec) => truthOf(metric.name, spec));
}

/** A series' windows: `windows` when it carries them, else its §2 anomaly as a scale effect. */
export function windowsOf(series: {
  readonly name: string;
  readonly anomaly: AnomalyWindow | undefined;
  readonly windows?: readonly GroundTruthWindow[];
}): readonly GroundTruthWindow[] {
  if (series.windows) return series.windows;
  const a = series.anomaly;
  return a ? [{ metric: series.name, first: a.first, last: a.last, effect: 'scale', pattern: a.pattern, factor: a.factor }] : [];
}
