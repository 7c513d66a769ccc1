// The shape every term of a metric's base (SPEC §8) takes, after d3-random's factories: a
// factory checks and precomputes its parameters once; `add` only loops. The base is the sum of
// its terms, added in a fixed order (makeBaseline.ts) onto zeros.

export interface BaselineTerm {
  /**
   * x[j] += term(from + j) for every j < x.length. Calls cover the series in order, each
   * stretch starting where the last one ended (a term may keep state between them, as the
   * random walk does), and give the same bits whatever the stretch sizes.
   */
  add(x: Float64Array, from: number): void;
}
