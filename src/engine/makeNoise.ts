import { exponentialNoise } from './noise/exponential.ts';
import { gaussianNoise } from './noise/gaussian.ts';
import { laplaceNoise } from './noise/laplace.ts';
import { logisticNoise } from './noise/logistic.ts';
import { uniformNoise } from './noise/uniform.ts';
import type { RandomSource } from './rng.ts';
import { assertNever, type NoiseSpec } from './types.ts';

// After d3-random: each distribution is a factory over an injected source, parameters fixed
// once when the sampler is made, never checked inside the sampling loop.
export function makeNoise(spec: NoiseSpec, rng: RandomSource): (out: Float64Array) => void {
  switch (spec.kind) {
    case 'gaussian':
      return gaussianNoise(spec.loc, spec.scale, rng);
    case 'uniform':
      return uniformNoise(spec.low, spec.high, rng);
    case 'exponential':
      return exponentialNoise(spec.scale, rng);
    case 'logistic':
      return logisticNoise(spec.loc, spec.scale, rng);
    case 'laplace':
      return laplaceNoise(spec.loc, spec.scale, rng);
    default:
      return assertNever(spec);
  }
}
