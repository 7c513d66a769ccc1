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

/** 10000000 → "10,000,000". Not toLocaleString: its first call loads Intl data (~30 ms cold). */
export function formatCount(n: number): string {
  const [int = '', frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
