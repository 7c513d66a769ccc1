import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configDataset, datasetBlocks, runWriters, type Config, type JsonHead, type OutputFormat } from '../engine/index.ts';
import { onInterrupt } from './interrupt.ts';
import { StagedFiles } from './stagedFiles.ts';
import type { ByteSink } from './stdoutSink.ts';
import type { Phases } from './writeDataset.ts';

// `-o -`: one single-file format written to standard output as it is made. Nothing is staged
// (a pipe cannot be replaced atomically), but a writer's spools (metrics.json's parts) still
// need disk: a private temporary folder, removed at the end or on a signal.

export async function writeToStdout(format: OutputFormat, config: Config, head: JsonHead, sink: ByteSink, phases: Phases): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'chaosgen-'));
  const remove = () => rmSync(scratch, { recursive: true, force: true });
  const forget = onInterrupt(remove);
  const staged = new StagedFiles(scratch);
  const dataset = configDataset(config, head);
  let opened = false;
  try {
    await runWriters(
      [format],
      () => ({
        dataset,
        open: (path) => {
          if (opened) throw new Error(`${format.id} writes more than one file (${path})`);
          opened = true;
          return sink;
        },
        spool: () => staged.spool(),
      }),
      datasetBlocks(config, head.seed),
      {
        afterBlock: () => new Promise<void>((resolve) => setImmediate(resolve)), // lets signal handlers run
        beforeEnd: () => phases.onPhase('generate, format and write the blocks'),
      },
    );
    phases.onPhase('finish the file');
  } finally {
    try {
      staged.close();
    } finally {
      forget();
      remove();
    }
  }
}
