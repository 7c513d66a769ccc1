// Random streams (SPEC §3). Every metric gets its own seedrandom stream, so editing one metric
// never moves another. Algorithm: seedrandom's xor4096 (Richard Brent's xorgens, period
// 2^4096 − 1, passes BigCrush), chosen over the faster xor128 for its quality and over ARC4
// (seedrandom's default) for speed; see docs/decisions.md. The stream's seed string is
// `chaosgen/1:<seed>:<metric name>` — the "1" names this derivation so that a deliberate
// change can be versioned.
import xor4096 from 'seedrandom/lib/xor4096.js';

/** What the noise samplers draw from: uniformly distributed signed 32-bit integers. */
export interface RandomSource {
  int32(): number;
}

export function streamFor(seed: number, metricName: string): RandomSource {
  return xor4096(`chaosgen/1:${seed}:${metricName}`);
}

/** The largest seed a config may hold: seeds are integers in 0..2^53 − 1. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** Draws a fresh seed when the config has none; the caller reports it (SPEC §3). */
export function drawSeed(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0] as number;
  return Math.floor(Math.random() * 0x100000000);
}

/** [0, 1) from a signed 32-bit integer. */
export const U32 = 2 ** -32;
