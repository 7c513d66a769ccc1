import { closeSync, constants, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { anomalyWindow, anomalyWindows, csvChunks, csvHeader, datasetBlocks, generate, jsonChunks, jsonDocument, jsonPiece, resolveOutput, type Config, type JsonHead } from '../engine/index.ts';
import { testPause } from './testPause.ts';

// metrics.csv and metrics.json streamed from the engine's blocks: each block's CSV rows go
// straight to the CSV file, each metric's values in that block are appended to one part file
// (and where they went is noted); metrics.json is then assembled by reading every metric's
// pieces back in order (JSON lists one metric after another, and their lengths are not known
// in advance). Every value is formatted once, and memory does not grow with the number of
// samples: a few MB of blocks, plus each metric's smoothing window of noise (docs/performance.md). One part file, not one per metric, so that a config with
// thousands of metrics cannot run out of file descriptors. The files go into a fresh staging
// folder that outputFolder.ts then commits; this module never touches the dataset in place.

/** Created, never opened if it exists: O_EXCL also refuses a symbolic link at the name. */
const CREATE = constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** The bytes of the given pieces of a file, in order, read into one reused buffer. */
function* readPieces(fd: number, pieces: readonly number[], buf: Uint8Array): Generator<Uint8Array> {
  for (let k = 0; k < pieces.length; k += 2) {
    let at = pieces[k] as number;
    const end = at + (pieces[k + 1] as number);
    while (at < end) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, end - at), at);
      if (n <= 0) throw new Error('a part file ended early');
      yield buf.subarray(0, n);
      at += n;
    }
  }
}

/** Lets signal handlers run between blocks (interrupt.ts); one turn of the loop per 16,384 rows. */
const yieldToSignals = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Phases {
  /** Told as each phase ends (CHAOSGEN_TIMING). */
  readonly onPhase: (what: string) => void;
  /** Where test pauses announce themselves. */
  readonly say: (line: string) => void;
}

/** Writes metrics.csv and metrics.json into `dir`, an empty folder of our own; only they remain. */
export async function writeDataset(dir: string, config: Config, head: JsonHead, phases: Phases): Promise<void> {
  const partsPath = join(dir, 'metrics.json.parts');
  const open: number[] = [];
  const openFile = (name: string, flags: number): number => {
    const fd = openSync(join(dir, name), CREATE | flags, 0o666); // as before: the umask decides
    open.push(fd);
    return fd;
  };
  try {
    if (config.rng === 'numpy') {
      // SPEC §12: NumPy's arrays are whole series (np.convolve, one stream per metric), so the
      // metrics are made whole, then written by the same chunk writers as the playground's
      const result = { ...generate(config, { seed: head.seed }), seedSource: head.seedSource };
      const csv = openFile('metrics.csv', constants.O_WRONLY);
      for (const chunk of csvChunks(result)) writeAll(csv, chunk);
      phases.onPhase('generate, format and write metrics.csv');
      const json = openFile('metrics.json', constants.O_WRONLY);
      for (const chunk of jsonChunks(result)) writeAll(json, chunk);
      while (open.length > 0) closeSync(open.pop() as number);
      phases.onPhase('write metrics.json');
      return;
    }
    const csv = openFile('metrics.csv', constants.O_WRONLY);
    const parts = openFile('metrics.json.parts', constants.O_RDWR);
    // Per metric, the (offset, length) of each of its pieces in the part file.
    const pieces = config.metrics.map((): number[] => []);
    let partsLength = 0;
    writeAll(csv, csvHeader(config.metrics.map((m) => m.name), resolveOutput(config)));
    let rows = 0;
    for (const block of datasetBlocks(config, head.seed)) {
      writeAll(csv, block.csv);
      const first = rows === 0;
      rows += block.rows;
      const last = rows === config.numSamples;
      block.columns.forEach((c, j) => {
        const bytes = jsonPiece(c, last);
        writeAll(parts, bytes);
        pieces[j]?.push(partsLength, bytes.length);
        partsLength += bytes.length;
      });
      if (first) await testPause('writing', phases.say);
      await yieldToSignals();
    }
    phases.onPhase('generate, format and write metrics.csv');
    const json = openFile('metrics.json', constants.O_WRONLY);
    const buf = new Uint8Array(1 << 20);
    const metrics = config.metrics.map((m) => ({ name: m.name, anomaly: anomalyWindow(m), windows: anomalyWindows(m) }));
    for (const chunk of jsonDocument(head, metrics, pieces.map((p) => readPieces(parts, p, buf)))) writeAll(json, chunk);
    while (open.length > 0) closeSync(open.pop() as number);
    phases.onPhase('write metrics.json');
  } finally {
    for (const fd of open) {
      try {
        closeSync(fd);
      } catch {
        // the write error is the one to report
      }
    }
    rmSync(partsPath, { force: true });
  }
}
