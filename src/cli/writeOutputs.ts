import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// Each file is streamed to a temporary name in the target folder and renamed into place only
// when complete, so a failure (disk full, permissions) never leaves a partial metrics.csv.

export function writeOutputs(
  folder: string,
  files: ReadonlyArray<{ name: string; chunks: Iterable<Uint8Array> }>,
  onWritten: (name: string) => void = () => {},
): string[] {
  mkdirSync(folder, { recursive: true });
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = join(folder, `.${f.name}.${process.pid}.tmp`);
      temps.push(tmp);
      const fd = openSync(tmp, 'w');
      try {
        for (const chunk of f.chunks) {
          let off = 0;
          while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
        }
      } finally {
        closeSync(fd);
      }
      onWritten(f.name);
    }
    return files.map((f, i) => {
      const dest = join(folder, f.name);
      renameSync(temps[i] as string, dest);
      return dest;
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
}
