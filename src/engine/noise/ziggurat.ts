// Ziggurat tables for the normal and exponential samplers, built once at load.
// Method and constants: G. Marsaglia & W. W. Tsang, "The Ziggurat Method for Generating Random
// Variables", Journal of Statistical Software 5(8), 2000 (128 layers for the normal with
// r = 3.442619855899, 256 for the exponential with r = 7.697117470131487). One change after
// J. A. Doornik ("An Improved Ziggurat Method", 2005): the layer index and the value come
// from disjoint bits of the 32-bit draw (low bits pick the layer, the high 24/25 bits the
// value), so they are not correlated.

export interface Ziggurat {
  /**
   * Acceptance thresholds on the integer value, per layer, rounded up to integers: for an
   * integer v, v < k ⇔ v < ⌈k⌉, and an int32 comparison is cheaper than a mixed one.
   */
  readonly k: Int32Array;
  /** Integer value → x, per layer. */
  readonly w: Float64Array;
  /** Density at each layer's edge. */
  readonly f: Float64Array;
  readonly r: number;
}

/** Normal: 128 layers; value = signed top 25 bits (|value| < 2^24). */
export const NORMAL: Ziggurat = (() => {
  const m = 2 ** 24;
  const k = new Float64Array(128);
  const w = new Float64Array(128);
  const f = new Float64Array(128);
  const r = 3.442619855899;
  const v = 9.91256303526217e-3;
  let dn = r;
  let tn = r;
  const q = v / Math.exp(-0.5 * dn * dn);
  k[0] = (dn / q) * m;
  k[1] = 0;
  w[0] = q / m;
  w[127] = dn / m;
  f[0] = 1;
  f[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(v / dn + Math.exp(-0.5 * dn * dn)));
    k[i + 1] = (dn / tn) * m;
    tn = dn;
    f[i] = Math.exp(-0.5 * dn * dn);
    w[i] = dn / m;
  }
  return { k: Int32Array.from(k, Math.ceil), w, f, r };
})();

/** Exponential: 256 layers; value = unsigned top 24 bits. */
export const EXPONENTIAL: Ziggurat = (() => {
  const m = 2 ** 24;
  const k = new Float64Array(256);
  const w = new Float64Array(256);
  const f = new Float64Array(256);
  const r = 7.697117470131487;
  const v = 3.949659822581572e-3;
  let de = r;
  let te = r;
  const q = v / Math.exp(-de);
  k[0] = (de / q) * m;
  k[1] = 0;
  w[0] = q / m;
  w[255] = de / m;
  f[0] = 1;
  f[255] = Math.exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(v / de + Math.exp(-de));
    k[i + 1] = (de / te) * m;
    te = de;
    f[i] = Math.exp(-de);
    w[i] = de / m;
  }
  return { k: Int32Array.from(k, Math.ceil), w, f, r };
})();
