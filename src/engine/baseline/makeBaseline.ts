import { gaussianNoise } from '../noise/gaussian.ts';
import { componentStream } from '../rng.ts';
import type { MetricSpec } from '../types.ts';
import { randomWalkTerm } from './randomWalk.ts';
import { seasonalityTerm } from './seasonality.ts';
import type { BaselineTerm } from './term.ts';
import { trendTerm } from './trend.ts';
import { valueTerm } from './value.ts';

/**
 * The terms of a metric's base (SPEC §8), in the order they are added onto zeros: value,
 * trend, seasonality, random walk. A config without the §8 keys has the value alone.
 */
export function baselineTerms(metric: MetricSpec, seed: number): BaselineTerm[] {
  const b = metric.baseline;
  const terms = [valueTerm(metric.value)];
  if (b?.trend) terms.push(trendTerm(b.trend));
  if (b?.seasonality?.length) terms.push(seasonalityTerm(b.seasonality));
  if (b?.randomWalk) terms.push(randomWalkTerm(b.randomWalk, gaussianNoise(0, 1, componentStream(seed, metric.name, 'random_walk'))));
  return terms;
}
