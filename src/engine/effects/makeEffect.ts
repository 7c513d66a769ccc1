import { assertNever, type EffectSpec, type MetricSpec } from '../types.ts';
import type { Effect } from './effect.ts';
import { scaleEffect } from './scale.ts';

/** A metric's anomalies in file order: `anomalies` when given, else the one §2 `anomaly` as a scale effect. */
export function anomaliesOf(metric: MetricSpec): readonly EffectSpec[] {
  if (metric.anomalies) return metric.anomalies;
  return metric.anomaly ? [{ kind: 'scale', ...metric.anomaly }] : [];
}

export function makeEffect(spec: EffectSpec): Effect {
  switch (spec.kind) {
    case 'scale':
      return scaleEffect(spec);
    case 'offset':
    case 'noise':
    case 'flatline':
    case 'missing':
      throw new Error(`the ${spec.kind} effect is not implemented yet`);
    default:
      return assertNever(spec);
  }
}
