import { closeSync, constants, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputStream, Spool } from '../engine/index.ts';

// The files of a run inside its staging folder (outputFolder.ts), for the format writers: each
// output path is created once (O_EXCL, which also refuses a symbolic link at the name), and
// spools are part files removed when the run ends. At most MAX_OPEN descriptors are held at a
// time, so that a NAB folder of thousands of metrics cannot run out of file descriptors: a file
// whose descriptor was closed is reopened for appending when next written.

/** Created, never opened if it exists: O_EXCL also refuses a symbolic link at the name. */
const CREATE = constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
const APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW;
const MAX_OPEN = 64;

export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** A relative '/'-separated path of a writer, checked: no empty, `.` or `..` part, nothing hidden. */
function partsOf(path: string): string[] {
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.'))) throw new Error(`a writer asked for a bad path '${path}'`);
  return parts;
}

export class StagedFiles {
  /** Open descriptors by path, least recently used first (Map keeps insertion order). */
  private readonly open = new Map<string, number>();
  private readonly spools: string[] = [];

  constructor(private readonly dir: string) {}

  private fd(path: string, create: boolean): number {
    const held = this.open.get(path);
    if (held !== undefined) {
      this.open.delete(path);
      this.open.set(path, held);
      return held;
    }
    if (this.open.size >= MAX_OPEN) {
      const [oldest, fd] = this.open.entries().next().value as [string, number];
      this.open.delete(oldest);
      closeSync(fd);
    }
    const fd = openSync(path, create ? CREATE | constants.O_RDWR : APPEND, 0o666); // as before: the umask decides
    this.open.set(path, fd);
    return fd;
  }

  /** A new output file at `path` (relative, '/'-separated), with its folders. */
  file(path: string): OutputStream {
    const parts = partsOf(path);
    if (parts.length > 1) mkdirSync(join(this.dir, ...parts.slice(0, -1)), { recursive: true });
    const full = join(this.dir, ...parts);
    this.fd(full, true);
    return { write: (bytes) => writeAll(this.fd(full, false), bytes) };
  }

  /** A part file, read back with pread (so appends and reads do not disturb each other). */
  spool(): Spool {
    const path = join(this.dir, `.spool-${this.spools.length}`);
    this.spools.push(path);
    this.fd(path, true);
    const buf = new Uint8Array(1 << 20);
    return {
      append: (bytes) => writeAll(this.fd(path, false), bytes),
      read: async function* (offset: number, length: number) {
        // Reopened for appending only: reads need their own descriptor.
        const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
        try {
          for (let at = offset, end = offset + length; at < end; ) {
            const n = readSync(fd, buf, 0, Math.min(buf.length, end - at), at);
            if (n <= 0) throw new Error('a part file ended early');
            yield buf.subarray(0, n);
            at += n;
          }
        } finally {
          closeSync(fd);
        }
      },
    };
  }

  /** Closes every descriptor (reporting the first failure) and removes the spools. */
  close(): void {
    let failure: unknown;
    for (const fd of this.open.values()) {
      try {
        closeSync(fd);
      } catch (e) {
        failure ??= e;
      }
    }
    this.open.clear();
    for (const path of this.spools) rmSync(path, { force: true });
    if (failure !== undefined) throw failure;
  }
}
