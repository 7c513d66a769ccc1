import type { MetricSpec } from '../types.ts';
import type { BaselineTerm } from './term.ts';
import { valueTerm } from './value.ts';

/** The terms of a metric's base, in the order they are added. */
export function baselineTerms(metric: MetricSpec): BaselineTerm[] {
  return [valueTerm(metric.value)];
}
