// Entry point bundled by bin/chaosgen.mjs. The same bundle is also the CLI's worker thread
// (parallelColumns.ts), told apart by its workerData.
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './main.ts';
import { runColumnsJob, type ColumnsJob } from './parallelColumns.ts';

const job = (workerData as { chaosgenColumns?: ColumnsJob } | null)?.chaosgenColumns;
if (!isMainThread && job) {
  runColumnsJob(job);
} else {
  process.exitCode = runCli(
    process.argv.slice(2),
    { out: (line) => process.stdout.write(line + '\n'), err: (line) => process.stderr.write(line + '\n') },
    // CHAOSGEN_THREADS=1 keeps everything on one thread (for comparisons in the benchmark).
    process.env.CHAOSGEN_THREADS === '1' ? {} : { workerUrl: new URL(import.meta.url) },
  );
}
