/** SPEC §7's clock, when the config sets `start`: sample i is at startMs + i · intervalMs (epoch ms, UTC). */
export interface Clock {
  readonly startMs: number;
  readonly intervalMs: number;
}
