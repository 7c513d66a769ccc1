import { writeSync } from 'node:fs';

// SIGINT (Ctrl-C), SIGTERM and SIGHUP end a run without leaving anything behind: whatever is
// registered here (the staging folder, the lock) is removed, newest first, and the process
// exits with 128 + the signal's number, as a shell reports a process killed by it. Handlers run
// between two steps of the event loop, so the writer yields once per block (writeDataset) and
// the commit, which is a few synchronous renames, is never cut in half by them.

const cleanups: Array<() => void> = [];

/** Registers `cleanup` to run if a signal ends the run; returns the function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.push(cleanup);
  return () => {
    const i = cleanups.lastIndexOf(cleanup);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

const SIGNALS: ReadonlyArray<readonly [NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

/** For the binary only: in-process callers (tests) keep their own signal handling. */
export function installSignalHandlers(): void {
  for (const [signal, code] of SIGNALS) {
    process.on(signal, () => {
      const writing = cleanups.length > 0;
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          cleanup();
        } catch {
          // the next run into the folder removes what is left (docs/decisions.md)
        }
      }
      try {
        if (writing) writeSync(2, `chaosgen: stopped by ${signal}; the output folder was left as it was\n`);
      } catch {
        // nowhere to say it
      }
      process.exit(code);
    });
  }
}
