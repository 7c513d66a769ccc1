// NumPy's SeedSequence for an integer seed without a spawn key, as `default_rng(seed)` makes it
// (numpy/random/bit_generator.pyx, BSD-3-Clause: hashmix, mix, mix_entropy, generate_state).
// All arithmetic is on uint32: Math.imul gives the low 32 bits of a product, `>>> 0` the rest.

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const POOL_SIZE = 4;

/** The seed as NumPy coerces an int: 32-bit words, least significant first; 0 is [0]. */
export function seedWords(seed: number): number[] {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
  const words = [seed % 0x100000000];
  for (let rest = Math.floor(seed / 0x100000000); rest > 0; rest = Math.floor(rest / 0x100000000)) words.push(rest % 0x100000000);
  return words;
}

/** A uint32 hash whose multiplier advances with every call (hash_const is in-out in NumPy). */
class HashMix {
  private h: number;
  constructor(init: number, private readonly mult: number) {
    this.h = init;
  }
  next(value: number): number {
    let v = (value ^ this.h) >>> 0;
    this.h = Math.imul(this.h, this.mult) >>> 0;
    v = Math.imul(v, this.h) >>> 0;
    return (v ^ (v >>> 16)) >>> 0;
  }
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

function pool(entropy: readonly number[]): Uint32Array {
  const hash = new HashMix(INIT_A, MULT_A);
  const mixer = new Uint32Array(POOL_SIZE);
  for (let i = 0; i < POOL_SIZE; i++) mixer[i] = hash.next(entropy[i] ?? 0);
  for (let src = 0; src < POOL_SIZE; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) {
      if (src !== dst) mixer[dst] = mix(mixer[dst] as number, hash.next(mixer[src] as number));
    }
  }
  for (let src = POOL_SIZE; src < entropy.length; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) mixer[dst] = mix(mixer[dst] as number, hash.next(entropy[src] as number));
  }
  return mixer;
}

/**
 * `SeedSequence(seed).generate_state(words64, np.uint64)` as 2·words64 uint32 words: word k of
 * the result is (out[2k + 1] << 32) | out[2k] (NumPy pairs the 32-bit words little-endian).
 */
export function generateState(seed: number, words64: number): Uint32Array {
  const p = pool(seedWords(seed));
  const hash = new HashMix(INIT_B, MULT_B);
  const out = new Uint32Array(2 * words64);
  for (let i = 0; i < out.length; i++) out[i] = hash.next(p[i % POOL_SIZE] as number);
  return out;
}
