import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { anomalyWindow, csvHeader, datasetBlocks, jsonDocument, type Config, type JsonHead } from '../engine/index.ts';

// metrics.csv and metrics.json streamed from the engine's blocks: each block's CSV rows go
// straight to the CSV file, each metric's values to a part file of its own (JSON lists one
// metric after another, and their lengths are not known in advance); metrics.json is then
// assembled from the parts. Every value is formatted once, and memory stays a few MB
// whatever the number of samples (docs/performance.md). Everything is written under temporary
// names in the target folder and renamed into place only when complete, so a failure (disk
// full, permissions) never leaves a partial file.

const COMMA = new Uint8Array([44]);

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** A file's contents in chunks read into one reused buffer. */
function* readChunks(path: string, buf: Uint8Array): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) yield buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Writes both files into folder; returns their paths. onPhase is told as each phase ends. */
export function writeDataset(folder: string, config: Config, head: JsonHead, onPhase: (what: string) => void = () => {}): string[] {
  mkdirSync(folder, { recursive: true });
  const tmp = (name: string) => join(folder, `.${name}.${process.pid}.tmp`);
  const csvPath = tmp('metrics.csv');
  const jsonPath = tmp('metrics.json');
  const partPaths = config.metrics.map((_, j) => tmp(`metrics.json.${j}`));
  const open: number[] = [];
  const openFile = (path: string, flags: string): number => {
    const fd = openSync(path, flags);
    open.push(fd);
    return fd;
  };
  try {
    const csv = openFile(csvPath, 'w');
    const parts = partPaths.map((p) => openFile(p, 'w'));
    writeAll(csv, csvHeader(config.metrics.map((m) => m.name)));
    let first = true;
    for (const block of datasetBlocks(config, head.seed)) {
      writeAll(csv, block.csv);
      block.columns.forEach((c, j) => {
        const fd = parts[j] as number;
        if (!first) writeAll(fd, COMMA);
        writeAll(fd, c.bytes);
      });
      first = false;
    }
    onPhase('generate, format and write metrics.csv');
    const json = openFile(jsonPath, 'w');
    const buf = new Uint8Array(1 << 20);
    const metrics = config.metrics.map((m) => ({ name: m.name, anomaly: anomalyWindow(m) }));
    for (const chunk of jsonDocument(head, metrics, partPaths.map((p) => readChunks(p, buf)))) writeAll(json, chunk);
    while (open.length > 0) closeSync(open.pop() as number);
    onPhase('write metrics.json');
    const written = [join(folder, 'metrics.csv'), join(folder, 'metrics.json')];
    renameSync(csvPath, written[0] as string);
    renameSync(jsonPath, written[1] as string);
    return written;
  } catch (e) {
    for (const fd of open) closeSync(fd);
    throw e;
  } finally {
    for (const p of [csvPath, jsonPath, ...partPaths]) rmSync(p, { force: true });
  }
}
