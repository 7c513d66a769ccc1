import { assertNever, type NoiseSpec } from '../types.ts';
import { crLog } from './crLog.ts';
import type { Pcg64 } from './pcg64.ts';
import { standardExponential, standardNormal } from './ziggurat.ts';

// The noise distributions as NumPy's Generator draws them: each method's C sampler in
// numpy/random/src/distributions/distributions.c, with loc and scale applied there as
// numpy/random/_generator.pyx passes them (normal: loc + scale·z; exponential: scale·E;
// uniform: low + (high − low)·U; logistic and laplace by inversion, U = 0 redrawn).

export type Sampler = (g: Pcg64) => number;

export function numpySampler(spec: NoiseSpec): Sampler {
  switch (spec.kind) {
    case 'gaussian': {
      const { loc, scale } = spec;
      return (g) => loc + scale * standardNormal(g);
    }
    case 'exponential': {
      const { scale } = spec;
      return (g) => scale * standardExponential(g);
    }
    case 'uniform': {
      const { low } = spec;
      const range = spec.high - spec.low;
      return (g) => low + range * g.nextDouble();
    }
    case 'logistic': {
      const { loc, scale } = spec;
      return (g) => {
        let u = g.nextDouble();
        while (u <= 0) u = g.nextDouble();
        return loc + scale * crLog(u / (1 - u));
      };
    }
    case 'laplace': {
      const { loc, scale } = spec;
      return (g) => {
        for (;;) {
          const u = g.nextDouble();
          if (u >= 0.5) return loc - scale * crLog(2 - u - u);
          if (u > 0) return loc + scale * crLog(u + u);
        }
      };
    }
    default:
      return assertNever(spec);
  }
}
