import type { LabelMode, OutputSpec, Timeline, TimeFormat } from './types.ts';

// What the outputs carry besides the values (SPEC §10), from a config or a result.

export interface OutputSource {
  readonly timeline?: Timeline;
  readonly output?: OutputSpec;
}

/** The extra CSV columns: `time` is `none` whenever there is no clock. */
export interface CsvLayout {
  readonly time: TimeFormat;
  readonly labels: LabelMode;
}

/**
 * SPEC §10's defaults: no labels; `iso` time when `start` is set. Without a start there is
 * no clock to write, so the time column is left out whatever `time` says (validation
 * makes `time` other than none without `start` an error, so only the CLI's --time could ask).
 */
export function resolveOutput(source: OutputSource): CsvLayout {
  const clock = source.timeline?.startMs !== undefined;
  const time = source.output?.time ?? 'iso';
  return { time: clock ? time : 'none', labels: source.output?.labels ?? 'none' };
}

/** True when the CSV is exactly the values, as every config before SPEC §10 writes it. */
export function plainLayout(layout: CsvLayout): boolean {
  return layout.time === 'none' && layout.labels === 'none';
}
