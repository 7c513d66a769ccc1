import { generateState } from './seedSequence.ts';

// NumPy's PCG64 bit generator (numpy/random/src/pcg64/pcg64.h, BSD-3-Clause / Apache-2.0):
// the 128-bit LCG state = state · M + inc (mod 2^128) with the XSL-RR 128/64 output
// (rotate-right of high ⊕ low by the state's top 6 bits) — not PCG64DXSM. Seeded as
// `PCG64(SeedSequence(seed))`: s = generate_state(4, uint64), initstate = s0·2^64 + s1,
// initseq = s2·2^64 + s3, inc = 2·initseq + 1, state = 0, step, state += initstate, step.
//
// The 128-bit numbers are four uint32 limbs, least significant first. No BigInt in the hot
// path (it is ~8× slower): a 32×32 product's low half is Math.imul, its high half comes from
// the double product, whose rounding error (≤ 2^11) is far below the 2^32 it is divided by.

/** PCG's default 128-bit multiplier 0x2360ED051FC65DA4_4385DF649FCCF645, in limbs. */
const M0 = 0x9fccf645;
const M1 = 0x4385df64;
const M2 = 0x1fc65da4;
const M3 = 0x2360ed05;
const TWO_32 = 0x100000000;
/** 2^-32: multiplying by it is exact, and faster than dividing by 2^32. */
const INV_TWO_32 = 2.3283064365386963e-10;

/** The high 32 bits of the 64-bit product of two uint32. */
function mulHi(a: number, b: number): number {
  return Math.round((a * b - (Math.imul(a, b) >>> 0)) * INV_TWO_32);
}

export class Pcg64 {
  // state and increment, limb 0 least significant
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private i0 = 0;
  private i1 = 0;
  private i2 = 0;
  private i3 = 0;
  /** The last draw's 64 bits: hi · 2^32 + lo. */
  hi = 0;
  lo = 0;

  /** `np.random.PCG64(seed)`, the bit generator of `np.random.default_rng(seed)`. */
  constructor(seed: number) {
    const w = generateState(seed, 4); // uint64 k = w[2k+1]·2^32 + w[2k]
    const initstate = [w[2], w[3], w[0], w[1]] as number[]; // s0·2^64 + s1, limbs low first
    const initseq = [w[6], w[7], w[4], w[5]] as number[];
    // inc = initseq << 1 | 1
    this.i0 = ((initseq[0] as number) << 1 | 1) >>> 0;
    this.i1 = ((initseq[1] as number) << 1 | (initseq[0] as number) >>> 31) >>> 0;
    this.i2 = ((initseq[2] as number) << 1 | (initseq[1] as number) >>> 31) >>> 0;
    this.i3 = ((initseq[3] as number) << 1 | (initseq[2] as number) >>> 31) >>> 0;
    this.step();
    this.add(initstate[0] as number, initstate[1] as number, initstate[2] as number, initstate[3] as number);
    this.step();
  }

  private add(a0: number, a1: number, a2: number, a3: number): void {
    let t = this.s0 + a0;
    this.s0 = t >>> 0;
    t = this.s1 + a1 + (t >= TWO_32 ? 1 : 0);
    this.s1 = t >>> 0;
    t = this.s2 + a2 + (t >= TWO_32 ? 1 : 0);
    this.s2 = t >>> 0;
    this.s3 = (this.s3 + a3 + (t >= TWO_32 ? 1 : 0)) >>> 0;
  }

  /** state = state · M + inc (mod 2^128), column by column; column sums stay below 2^53. */
  private step(): void {
    const { s0, s1, s2, s3 } = this;
    const lo00 = Math.imul(s0, M0) >>> 0;
    let col = mulHi(s0, M0) + (Math.imul(s0, M1) >>> 0) + (Math.imul(s1, M0) >>> 0) + this.i1;
    let t = lo00 + this.i0;
    this.s0 = t >>> 0;
    col += t >= TWO_32 ? 1 : 0;
    this.s1 = col >>> 0;
    let c = Math.floor(col * INV_TWO_32);
    col = c + mulHi(s0, M1) + mulHi(s1, M0) + (Math.imul(s0, M2) >>> 0) + (Math.imul(s1, M1) >>> 0) + (Math.imul(s2, M0) >>> 0) + this.i2;
    this.s2 = col >>> 0;
    c = Math.floor(col * INV_TWO_32);
    t = c + mulHi(s0, M2) + mulHi(s1, M1) + mulHi(s2, M0) + Math.imul(s0, M3) + Math.imul(s1, M2) + Math.imul(s2, M1) + Math.imul(s3, M0) + this.i3;
    this.s3 = t >>> 0;
  }

  /** Advances and sets hi/lo to the next 64-bit output (`next_uint64`). */
  next(): void {
    this.step();
    const rot = this.s3 >>> 26;
    const h = (this.s3 ^ this.s1) >>> 0;
    const l = (this.s2 ^ this.s0) >>> 0;
    if (rot === 0) {
      this.hi = h;
      this.lo = l;
    } else if (rot < 32) {
      this.hi = ((h >>> rot) | (l << (32 - rot))) >>> 0;
      this.lo = ((l >>> rot) | (h << (32 - rot))) >>> 0;
    } else if (rot === 32) {
      this.hi = l;
      this.lo = h;
    } else {
      const r = rot - 32;
      this.hi = ((l >>> r) | (h << (32 - r))) >>> 0;
      this.lo = ((h >>> r) | (l << (32 - r))) >>> 0;
    }
  }

  /** `next_double`: the top 53 bits of a draw times 2^-53, in [0, 1). */
  nextDouble(): number {
    this.next();
    return (this.hi * 2097152 + (this.lo >>> 11)) * 1.1102230246251565e-16;
  }
}
