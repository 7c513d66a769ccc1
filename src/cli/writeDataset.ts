import { configDataset, datasetBlocks, runWriters, type Config, type JsonHead, type OutputFormat } from '../engine/index.ts';
import { StagedFiles } from './stagedFiles.ts';
import { testPause } from './testPause.ts';

// The asked-for formats streamed from the engine's blocks in one pass: every value is
// generated and formatted once, whatever the number of formats, and memory does not grow with
// the number of samples: a few MB of blocks, plus each metric's smoothing window of noise
// (docs/performance.md). The files go into a fresh staging folder that outputFolder.ts then
// commits; this module never touches the dataset in place.

/** Lets signal handlers run between blocks (interrupt.ts); one turn of the loop per 16,384 rows. */
const yieldToSignals = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Phases {
  /** Told as each phase ends (CHAOSGEN_TIMING). */
  readonly onPhase: (what: string) => void;
  /** Where test pauses announce themselves. */
  readonly say: (line: string) => void;
}

/** Writes the formats' files into `dir`, an empty folder of our own; only they remain. */
export async function writeDataset(dir: string, formats: readonly OutputFormat[], config: Config, head: JsonHead, phases: Phases): Promise<void> {
  const staged = new StagedFiles(dir);
  const dataset = configDataset(config, head);
  let first = true;
  try {
    await runWriters(formats, () => ({ dataset, open: (path) => staged.file(path), spool: () => staged.spool() }), datasetBlocks(config, head.seed), {
      afterBlock: async () => {
        if (first) await testPause('writing', phases.say);
        first = false;
        await yieldToSignals();
      },
      beforeEnd: () => phases.onPhase('generate, format and write the blocks'),
    });
    phases.onPhase('finish the files');
  } catch (e) {
    try {
      staged.close();
    } catch {
      // the write error is the one to report
    }
    throw e;
  }
  staged.close(); // a failure to close is a failure to write

}
