// The shape of the schema: one entry per key of each scope (a kind of table in the config).
// Validation walks a config with it (walk.ts), the editor completes and explains keys from it,
// and the README's key tables are generated from it (keyTables.ts), so none can disagree.

/** A kind of table in the config; SCOPES says which table paths are which scope. */
export type Scope =
  | 'root' | 'general' | 'metric' | 'noise_args' | 'trend' | 'season' | 'random_walk'
  | 'anomaly' | 'pattern_args' | 'output';

/** How a key's value is written. */
export type KeyType = 'integer' | 'number' | 'string' | 'table' | 'array of tables' | 'duration' | 'date-time';

/**
 * Other spellings an integer key accepts (SPEC §7): a sample-counting key also takes a
 * duration, converted with the interval and rounded to the nearest sample; `at` also takes a
 * date-time inside the series.
 */
export type AlsoType = 'duration' | 'date-time';

export interface KeyDoc {
  readonly scope: Scope;
  readonly key: string;
  readonly type: KeyType;
  readonly also?: readonly AlsoType[];
  /** Required (for the kinds in readBy, when it is given). */
  readonly required: boolean;
  /** A required key that this other key replaces (num_samples, or duration). */
  readonly requiredUnless?: string;
  readonly summary: string;
  /** Human wording of the default, when there is one. */
  readonly default?: string;
  /** Human wording of the allowed values, used verbatim in error messages. */
  readonly limits?: string;
  /** For string keys with a fixed set of values. */
  readonly values?: readonly string[];
  /** For numbers: the allowed range (see Bounds); `max` may name a limit known only while validating. */
  readonly min?: number;
  readonly max?: number | 'num_samples' | 'max_samples';
  /** min itself is not allowed (step_size > 0). */
  readonly minExclusive?: boolean;
  /**
   * The kinds that read this key, when the scope's keys depend on a kind: for noise_args, the
   * distributions (`noise`) that take it; for an anomaly, the effects. Absent: every kind reads it.
   */
  readonly readBy?: readonly string[];
  /** What a required key is, said before its limits when it is missing ("the metric's base value"). */
  readonly role?: string;
}

/** A table path pattern: literal segments, `*` for any one name (a metric's), `#` for an array index. */
export type PathPattern = readonly string[];

export interface ScopeDoc {
  readonly scope: Scope;
  /** The table paths of this scope. */
  readonly paths: readonly PathPattern[];
  /** How the README names the place of its keys, e.g. `[metrics.NAME]`. */
  readonly where: string;
}
