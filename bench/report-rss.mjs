// Preloaded into a benchmarked process (node --import): reports its peak resident set size
// on exit, on file descriptor 3, in kilobytes. Worker threads load preloads too; only the
// main thread reports (maxRSS is per process anyway).
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    try {
      writeSync(3, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // fd 3 not open: run outside the benchmark, say nothing
    }
  });
}
