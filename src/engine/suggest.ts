import { quoteName } from './quote.ts';

// "Did you mean" for unknown keys and names: the nearest candidate by optimal string
// alignment distance (Damerau–Levenshtein with adjacent transpositions), accepted when it is
// at most a third of the word's length (and at least 1 edit, at most 3).
//
// A suggestion must cost little whatever the config holds (a 1,000,000-character text can have
// a 100,000-character metric name, or 40,000 metrics): words and candidates longer than
// MAX_WORD are never compared (nobody mistypes 64 characters), a candidate whose length alone
// puts it out of reach is skipped, and at most MAX_CANDIDATES are looked at. One suggestion is
// then at most MAX_CANDIDATES · MAX_WORD² steps, whatever the input.

/** Longest word or candidate that is compared at all. */
export const MAX_WORD = 64;
/** Candidates examined per suggestion (in order: the first ones win ties anyway). */
export const MAX_CANDIDATES = 1000;

/** Rows shared by every call (a config can ask for 100,000 suggestions; allocation dominated). */
let rows = [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)] as const;

export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  // three rows: the row before the previous one is needed for transpositions
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_WORD) return undefined;
  const w = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestD = Infinity;
  const count = Math.min(candidates.length, MAX_CANDIDATES);
  for (let k = 0; k < count; k++) {
    const c = candidates[k] as string;
    // the distance is at least the difference in length: no need to compute it
    if (c.length > MAX_WORD) continue;
    const lower = c.toLowerCase();
    if (Math.abs(lower.length - w.length) > limit) continue;
    const d = editDistance(w, lower);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = nearest(word, candidates);
  return s === undefined ? '' : ` — did you mean ${quoteName(s)}?`;
}
