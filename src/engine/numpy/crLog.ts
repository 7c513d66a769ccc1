import { LOG_C_HI, LOG_C_LO } from './logTable.ts';

// A correctly rounded natural logarithm (to ~2^-70 relative before the final rounding, so it
// rounds wrongly only when ln x lies within ~2^-17 ulp of a halfway point). NumPy's samplers
// call the C library's log; glibc's log is within 0.52 ulp and nearly always the correctly
// rounded value, while V8's Math.log (fdlibm) differs from it in the last bit on ~7 % of
// inputs — enough to change a sampler's draws, if rarely a 6-decimal CSV cell. See
// docs/decisions.md, "numpy mode: libm".
//
// x = 2^e · m with m in [0.75, 1.5); c = 1 + j/128 is the grid point nearest m, so
// ln x = e·ln2 + ln c + 2·atanh(u), u = (m − c)/(m + c), |u| ≤ 2^-8.5. ln c comes from a
// double-double table (logTable.ts), u is a double-double, and the atanh series' tail after 2u
// is small enough for plain doubles. For x in [0.75, 1.5), e = 0 and c = 1 when x is within
// 1/256 of 1, so there is no cancellation near ln 1 = 0.

/** fdlibm's split of ln 2: LN2_HI has 32 trailing zero bits, so e·LN2_HI is exact. */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** 2^27 + 1: Veltkamp's splitter for exact products without FMA. */
const SPLIT = 134217729;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// The engine runs on little-endian machines only (every browser and Node platform we support);
// word 1 is the sign, exponent and top of the mantissa.
const HI = 1;

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: subnormals become normal
    e = -54;
  }
  f64[0] = x;
  const hi = u32[HI] as number;
  e += (hi >>> 20) - 1023;
  u32[HI] = (hi & 0x000fffff) | 0x3ff00000; // m in [1, 2)
  let m = f64[0] as number;
  if (m >= 1.5) {
    m *= 0.5;
    e += 1;
  }
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  // u = (m − c)/(m + c) as uh + ul; m − c is exact (Sterbenz), m + c as a two-sum (Knuth's,
  // as either may be the larger)
  const num = m - c;
  const dh = m + c;
  const dm = dh - c;
  const dl = m - dm + (c - (dh - dm));
  const uh = num / dh;
  // num − uh·dh exactly (Veltkamp/Dekker product), then − uh·dl
  const ua = SPLIT * uh;
  const uHi = ua - (ua - uh);
  const uLo = uh - uHi;
  const da = SPLIT * dh;
  const dHi = da - (da - dh);
  const dLo = dh - dHi;
  const p = uh * dh;
  const pErr = uHi * dHi - p + uHi * dLo + uLo * dHi + uLo * dLo;
  const ul = (num - p - pErr - uh * dl) / dh;
  const u2 = uh * uh;
  const tail = 2 * uh * u2 * (1 / 3 + u2 * (1 / 5 + u2 * (1 / 7 + u2 * (1 / 9))));
  const k = j + 32;
  // sum the large parts with exact two-sums, then the small ones, then round once
  const a = e * LN2_HI;
  const b = LOG_C_HI[k] as number;
  const s1 = a + b;
  const bv = s1 - a;
  const e1 = a - (s1 - bv) + (b - bv);
  const u = 2 * uh;
  const s2 = s1 + u;
  const uv = s2 - s1;
  const e2 = s1 - (s2 - uv) + (u - uv);
  const small = e1 + e2 + e * LN2_LO + (LOG_C_LO[k] as number) + 2 * ul + tail;
  return s2 + small;
}
