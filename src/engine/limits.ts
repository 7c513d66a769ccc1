// Limits shared by validation, key docs and the UI.

/** num_samples cap, in the browser and the CLI alike. */
export const MAX_SAMPLES = 10_000_000;
/**
 * Every number in a config must be finite and at most this in magnitude: it keeps every
 * generated value finite (value · factor + noise) and exactly printable in plain decimal.
 */
export const MAX_MAGNITUDE = 1e15;
/**
 * The playground's cap on num_samples × metrics. Its worker keeps every metric's values as a
 * Float64Array (8 bytes each) and, while a new run replaces the last, the old arrays too: at
 * the cap that is 400 MB, 800 MB for a moment, against the ~1 GB of typed arrays a Chromium tab
 * reliably holds (measurements in docs/performance.md, reasoning in docs/decisions.md). The
 * CLI streams and has no such cap.
 */
export const MAX_BROWSER_VALUES = 50_000_000;
/** Config texts larger than this are refused before parsing. */
export const MAX_CONFIG_CHARS = 1_000_000;

/** 10000000 → "10,000,000". Not toLocaleString: its first call loads Intl data (~30 ms cold). */
export function formatCount(n: number): string {
  return groupThousands(String(n));
}

/** "-1934.25" → "-1,934.25": commas between the thousands of a number written in decimal digits. */
export function groupThousands(digits: string): string {
  const [int = '', frac] = digits.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
