// Limits shared by validation, key docs and the UI.

/** num_samples cap, in the browser and the CLI alike. */
export const MAX_SAMPLES = 10_000_000;
/**
 * Every number in a config must be finite and at most this in magnitude: it keeps every
 * generated value finite (value · factor + noise) and exactly printable in plain decimal.
 */
export const MAX_MAGNITUDE = 1e15;
/** Config texts larger than this are refused before parsing. */
export const MAX_CONFIG_CHARS = 1_000_000;

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
