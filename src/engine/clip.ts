/**
 * `min` / `max` (SPEC §8), applied after the noise and before quantising: each sample is
 * clipped into [min, max]. Undefined when the metric has neither, so the step costs nothing.
 */
export function clipper(min: number | undefined, max: number | undefined): ((x: Float64Array) => void) | undefined {
  if (min === undefined && max === undefined) return undefined;
  const lo = min ?? -Infinity;
  const hi = max ?? Infinity;
  if (!(lo <= hi)) throw new RangeError(`min must not exceed max, got ${lo} and ${hi}`);
  return (x) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i] as number;
      x[i] = v < lo ? lo : v > hi ? hi : v;
    }
  };
}
