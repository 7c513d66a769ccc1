import { assertNever, type EffectSpec, type MetricSpec } from '../types.ts';
import type { Effect } from './effect.ts';
import { flatlineEffect } from './flatline.ts';
import { missingEffect } from './missing.ts';
import { noiseScaleEffect } from './noiseScale.ts';
import { offsetEffect } from './offset.ts';
import { scaleEffect } from './scale.ts';

/** A metric's anomalies in file order: `anomalies` when given, else the one §2 `anomaly` as a scale effect. */
export function anomaliesOf(metric: MetricSpec): readonly EffectSpec[] {
  if (metric.anomalies) return metric.anomalies;
  return metric.anomaly ? [{ kind: 'scale', ...metric.anomaly }] : [];
}

/** The effect of one anomaly; pipeline.ts decides at which step it runs. */
export function makeEffect(spec: EffectSpec): Effect {
  switch (spec.kind) {
    case 'scale':
      return scaleEffect(spec);
    case 'offset':
      return offsetEffect(spec);
    case 'noise':
      return noiseScaleEffect(spec);
    case 'flatline':
      return flatlineEffect(spec);
    case 'missing':
      return missingEffect(spec);
    default:
      return assertNever(spec);
  }
}
