// TEST-ONLY. CHAOSGEN_TEST_PAUSE_AT=<phase> makes the CLI print "chaosgen: test: paused at
// <phase>" on standard error and stop there — for CHAOSGEN_TEST_PAUSE_MS milliseconds, or
// until it is killed — so that tests can signal, kill or race a run at an exact point instead
// of guessing with timers. Nothing else reads these variables; they are not a user feature.

export type PausePoint =
  /** the lock is held and any interrupted commit has been finished; nothing written yet */
  | 'locked'
  /** the first block of rows is in the staging folder */
  | 'writing'
  /** between replacing metrics.csv and replacing metrics.json: a synchronous pause, no signal handler runs */
  | 'committing';

function pauseMs(point: PausePoint, say: (line: string) => void): number | undefined {
  if (process.env.CHAOSGEN_TEST_PAUSE_AT !== point) return undefined;
  say(`chaosgen: test: paused at ${point}`);
  const ms = Number(process.env.CHAOSGEN_TEST_PAUSE_MS);
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 2 ** 31 - 1) : 2 ** 31 - 1;
}

/** Pauses with the event loop running, so signal handlers do run. */
export async function testPause(point: PausePoint, say: (line: string) => void): Promise<void> {
  const ms = pauseMs(point, say);
  if (ms !== undefined) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Pauses the thread itself: for points the event loop must never run inside of. */
export function testPauseSync(point: PausePoint, say: (line: string) => void): void {
  const ms = pauseMs(point, say);
  if (ms !== undefined) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
