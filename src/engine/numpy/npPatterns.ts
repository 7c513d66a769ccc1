import { assertNever, type PatternSpec } from '../types.ts';

// The anomaly's response r[k] the original's way (SPEC §2 as generate.py computes it):
//   linear       np.linspace(1, 0, R)
//   exponential  (np.logspace(1, 0, R, base=R) − 1) / (R − 1)      — NaN for R = 1, as it was
//   oscillating  (np.logspace(1, 0, R, base=R) − 1) / R · np.sin(frequency · np.arange(R))
//   step         np.ones(R)
// np.linspace(start, stop, R) is k · step + start with step = (stop − start)/(R − 1) and the
// last element set to stop (numpy/_core/function_base.py); for R = 1 it is [start]. logspace
// is base ** linspace, i.e. pow(R, y).

function linspace(start: number, stop: number, R: number): Float64Array {
  const y = new Float64Array(R);
  if (R === 1) {
    y[0] = start;
    return y;
  }
  const step = (stop - start) / (R - 1);
  for (let k = 0; k < R; k++) y[k] = k * step + start;
  y[R - 1] = stop;
  return y;
}

function decay(R: number): Float64Array {
  const y = linspace(1, 0, R);
  for (let k = 0; k < R; k++) y[k] = R ** (y[k] as number);
  return y;
}

export function npResponse(pattern: PatternSpec, R: number): Float64Array {
  switch (pattern.kind) {
    case 'step':
      return new Float64Array(R).fill(1);
    case 'linear':
      return linspace(1, 0, R);
    case 'exponential': {
      const p = decay(R);
      for (let k = 0; k < R; k++) p[k] = ((p[k] as number) - 1) / (R - 1);
      return p;
    }
    case 'oscillating': {
      const p = decay(R);
      const { frequency } = pattern;
      for (let k = 0; k < R; k++) p[k] = (((p[k] as number) - 1) / R) * Math.sin(frequency * k);
      return p;
    }
    default:
      return assertNever(pattern);
  }
}
