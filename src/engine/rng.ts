// Random streams (SPEC §3, §9). Every random component of every metric gets its own seedrandom
// stream, so editing one metric, or adding a random feature to it, never moves numbers that
// existed before. Algorithm: seedrandom's xor4096 (Richard Brent's xorgens, period
// 2^4096 − 1, passes BigCrush), chosen over the faster xor128 for its quality and over ARC4
// (seedrandom's default) for speed; see docs/decisions.md.
//
// Seed strings (docs/decisions.md, "Random streams per component"):
//   noise                  `chaosgen/1:<seed>:<metric name>`           (unchanged since 0.1)
//   any other component c  `chaosgen/1/<c>:<seed>:<metric name>`
// The "1" names the derivation so that a deliberate change can be versioned. The component
// goes before the seed, not after the name, because a name may hold any character: with
// `…:<name>:<c>`, metric "a"'s random walk and metric "a:random_walk"'s noise would share a
// stream. Here every noise string has ':' right after "chaosgen/1" and every other string '/',
// and a component name has no ':', so no two (component, seed, name) share a string.
import xor4096 from 'seedrandom/lib/xor4096.js';

/** What the noise samplers draw from: uniformly distributed signed 32-bit integers. */
export interface RandomSource {
  int32(): number;
}

/** The random components a metric may have, each drawing from its own stream. */
export type RandomComponent = 'noise' | 'random_walk';

/** The seed string of one component's stream (exported for the tests of the scheme). */
export function streamSeed(seed: number, metricName: string, component: RandomComponent): string {
  return component === 'noise' ? `chaosgen/1:${seed}:${metricName}` : `chaosgen/1/${component}:${seed}:${metricName}`;
}

/** The stream of one random component of one metric. */
export function componentStream(seed: number, metricName: string, component: RandomComponent): RandomSource {
  return xor4096(streamSeed(seed, metricName, component));
}

/** A metric's noise stream. */
export function streamFor(seed: number, metricName: string): RandomSource {
  return componentStream(seed, metricName, 'noise');
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
