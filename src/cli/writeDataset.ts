import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { anomalyWindow, csvHeader, datasetBlocks, jsonDocument, jsonPiece, type Config, type JsonHead } from '../engine/index.ts';

// metrics.csv and metrics.json streamed from the engine's blocks: each block's CSV rows go
// straight to the CSV file, each metric's values in that block are appended to one part file
// (and where they went is noted); metrics.json is then assembled by reading every metric's
// pieces back in order (JSON lists one metric after another, and their lengths are not known
// in advance). Every value is formatted once, and memory does not grow with the number of
// samples: a few MB of blocks, plus each metric's smoothing window of noise (docs/performance.md). One part file, not one per metric, so that a config with
// thousands of metrics cannot run out of file descriptors. Everything is written under
// temporary names in the target folder and renamed into place only when complete, so a
// failure (disk full, permissions) never leaves a partial file.

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

/** Writes both files into folder; returns their paths. onPhase is told as each phase ends. */
export function writeDataset(folder: string, config: Config, head: JsonHead, onPhase: (what: string) => void = () => {}): string[] {
  mkdirSync(folder, { recursive: true });
  const tmp = (name: string) => join(folder, `.${name}.${process.pid}.tmp`);
  const csvPath = tmp('metrics.csv');
  const jsonPath = tmp('metrics.json');
  const partsPath = tmp('metrics.json.parts');
  const open: number[] = [];
  const openFile = (path: string, flags: string): number => {
    const fd = openSync(path, flags);
    open.push(fd);
    return fd;
  };
  try {
    const csv = openFile(csvPath, 'w');
    const parts = openFile(partsPath, 'w+');
    // Per metric, the (offset, length) of each of its pieces in the part file.
    const pieces = config.metrics.map((): number[] => []);
    let partsLength = 0;
    writeAll(csv, csvHeader(config.metrics.map((m) => m.name)));
    let rows = 0;
    for (const block of datasetBlocks(config, head.seed)) {
      writeAll(csv, block.csv);
      rows += block.rows;
      const last = rows === config.numSamples;
      block.columns.forEach((c, j) => {
        const bytes = jsonPiece(c, last);
        writeAll(parts, bytes);
        pieces[j]?.push(partsLength, bytes.length);
        partsLength += bytes.length;
      });
    }
    onPhase('generate, format and write metrics.csv');
    const json = openFile(jsonPath, 'w');
    const buf = new Uint8Array(1 << 20);
    const metrics = config.metrics.map((m) => ({ name: m.name, anomaly: anomalyWindow(m) }));
    for (const chunk of jsonDocument(head, metrics, pieces.map((p) => readPieces(parts, p, buf)))) writeAll(json, chunk);
    while (open.length > 0) closeSync(open.pop() as number);
    onPhase('write metrics.json');
    const written = [join(folder, 'metrics.csv'), join(folder, 'metrics.json')];
    renameSync(csvPath, written[0] as string);
    renameSync(jsonPath, written[1] as string);
    return written;
  } catch (e) {
    for (const fd of open) {
      try {
        closeSync(fd);
      } catch {
        // the write error is the one to report
      }
    }
    throw e;
  } finally {
    for (const p of [csvPath, jsonPath, partsPath]) rmSync(p, { force: true });
  }
}
