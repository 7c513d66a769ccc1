import type { BaselineTerm } from './baseline/term.ts';
import type { Effect } from './effects/effect.ts';
import type { NoiseStream } from './noiseStream.ts';
import { quantise, round6 } from './rounding.ts';
import type { EffectKind } from './types.ts';

// The order in which a metric's series is built (SPEC §2, as §9 extends it), written here and
// nowhere else:
//   1. base (§8): the sum of the baseline terms
//   2. `scale` and `offset` anomalies, in file order
//   3. noise, with `noise` anomalies applied to the noise before it is added
//   4. min / max
//   5. quantise to step_size
//   6. round to 6 decimals
//   7. `flatline` anomalies
//   8. `missing` anomalies
// Windows may overlap; they compose in this order, and in file order within a step.
// The pipeline runs a stretch of samples at a time; every step is per sample except the noise
// (noiseStream.ts) and the effects that carry state, which keep what they need between
// stretches, so a series made in stretches of any size is bit-identical to one made in one
// piece (tested in metricStream.test.ts).

type EffectStep = 'signal' | 'noise' | 'flatline' | 'missing';

/** The step of the order above that each kind of anomaly belongs to. */
const STEP_OF: Record<EffectKind, EffectStep> = {
  scale: 'signal',
  offset: 'signal',
  noise: 'noise',
  flatline: 'flatline',
  missing: 'missing',
};

export interface MetricStream {
  /** Fills `out` with the next out.length samples. Asking past the end of the series throws. */
  next(out: Float64Array): void;
}

/** A metric's parts, each already made by its factory. */
export interface PipelineParts {
  readonly name: string;
  readonly numSamples: number;
  readonly base: readonly BaselineTerm[];
  /** In file order. */
  readonly anomalies: readonly { readonly kind: EffectKind; readonly effect: Effect }[];
  readonly noise: NoiseStream | undefined;
  /** Step 4, or undefined when the metric has neither min nor max. */
  readonly clip: ((x: Float64Array) => void) | undefined;
  readonly stepSize: number | undefined;
}

export function pipeline(parts: PipelineParts): MetricStream {
  const { name, numSamples: N, base, noise, clip, stepSize: q } = parts;
  const step = (s: EffectStep) => parts.anomalies.filter((a) => STEP_OF[a.kind] === s).map((a) => a.effect);
  const signal = step('signal');
  const noiseEffects = step('noise');
  const flatlines = step('flatline');
  const missing = step('missing');
  let scaledNoise = new Float64Array(0);
  let pos = 0; // the next sample's index

  return {
    next(out) {
      const from = pos;
      const to = from + out.length;
      if (to > N) throw new RangeError(`metric ${name}: asked for samples up to ${to} of ${N}`);
      // 1. base
      out.fill(0);
      for (const term of base) term.add(out, from);
      // 2. scale and offset
      for (const effect of signal) effect.apply(out, from);
      // 3. noise, added on top of the anomalies, not scaled by them; noise anomalies scale it
      if (noise) {
        if (noiseEffects.some((e) => e.first < to && e.end > from)) {
          if (scaledNoise.length < out.length) scaledNoise = new Float64Array(out.length);
          const s = scaledNoise.subarray(0, out.length).fill(0);
          noise.add(s, from);
          for (const effect of noiseEffects) effect.apply(s, from);
          for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (s[i] as number);
        } else noise.add(out, from);
      }
      // 4. min / max
      clip?.(out);
      // 5. quantise, 6. round to 6 decimals
      if (q !== undefined) for (let i = 0; i < out.length; i++) out[i] = round6(quantise(out[i] as number, q));
      else for (let i = 0; i < out.length; i++) out[i] = round6(out[i] as number);
      // 7. flatline, 8. missing
      for (const effect of flatlines) effect.apply(out, from);
      for (const effect of missing) effect.apply(out, from);
      pos = to;
    },
  };
}
