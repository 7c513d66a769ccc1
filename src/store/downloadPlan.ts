// How a file of a given size is made: in memory as a Blob (the usual <a download>), streamed to a
// file the user picked (showSaveFilePicker, written piece by piece), or not in this tab at all.
// docs/decisions.md ("Big downloads") explains the numbers.

export type DownloadPlan = 'memory' | 'stream' | 'refuse';

export interface DownloadLimits {
  /** Downloads of at least this many samples show their size and ask first. */
  readonly confirmSamples: number;
  /** From this size on a file streams to disk where the browser can. */
  readonly streamFromBytes: number;
  /** Past this size a file is refused where it cannot stream: the tab would run out of memory. */
  readonly refuseFromBytes: number;
}

export const DOWNLOAD_LIMITS: DownloadLimits = {
  confirmSamples: 1_000_000,
  streamFromBytes: 256_000_000,
  refuseFromBytes: 1_000_000_000,
};

/** Below this many values (samples × metrics) a file is small whatever its format: no estimate. */
export const ESTIMATE_FROM_VALUES = 1_000_000;

/** What the page offers; `canStream` is whether showSaveFilePicker exists. */
export interface DownloadEnv {
  readonly canStream: boolean;
  readonly limits: DownloadLimits;
}

export function planDownload(bytes: number, env: DownloadEnv): DownloadPlan {
  if (bytes >= env.limits.streamFromBytes && env.canStream) return 'stream';
  if (bytes > env.limits.refuseFromBytes) return 'refuse';
  return 'memory';
}

/** Whether the user sees the size first: big in samples, or in a form they did not expect. */
export function needsConfirmation(samples: number, plan: DownloadPlan, limits: DownloadLimits): boolean {
  return plan !== 'memory' || samples >= limits.confirmSamples;
}

/** The command line that writes the same file (SPEC §4: byte-identical), for files refused here. */
export function cliCommand(seed: number, seedSource: 'config' | 'override' | 'random'): string {
  // The config's own seed is in the text; any other has to be passed, or the CLI draws a new one.
  return `npx chaosgen -c config.toml -o output${seedSource === 'config' ? '' : ` --seed ${seed}`}`;
}
