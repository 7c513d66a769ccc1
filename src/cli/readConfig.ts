import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { formatCount, MAX_CONFIG_CHARS } from '../engine/index.ts';
import { firstInvalidUtf8, positionOfByte } from './utf8.ts';

// Reading the config, bounded. The engine refuses texts over MAX_CONFIG_CHARS UTF-16 code
// units; in UTF-8 such a text takes at most 3 bytes per code unit (a character outside the BMP
// is 4 bytes and 2 code units), plus a 3-byte byte order mark. Nothing larger can be a config
// the engine accepts, so nothing larger is read: the size is checked on the opened file before
// reading, and reading stops one byte past the cap whatever the size claimed (a growing file).

export const MAX_CONFIG_BYTES = 3 * MAX_CONFIG_CHARS + 3;

/** How the CLI names standard input in messages, as compilers do. */
export const STDIN_NAME = '<stdin>';

export type ConfigText =
  | { readonly kind: 'text'; readonly text: string }
  /** The file could not be read as a config at all (exit 2). */
  | { readonly kind: 'unreadable'; readonly why: string }
  /** The bytes are not UTF-8: a located error in the config (exit 1). */
  | { readonly kind: 'not-utf8'; readonly line: number; readonly column: number; readonly byte: number };

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'it is a folder';
  const what = st.isFIFO() ? 'a named pipe' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a file';
  return `it is ${what}, not a regular file (to read standard input, use -c -)`;
}

const tooLarge = (what: string): ConfigText => ({
  kind: 'unreadable',
  why: `${what}; a config may have at most ${formatCount(MAX_CONFIG_BYTES)} bytes (${formatCount(MAX_CONFIG_CHARS)} characters)`,
});

function whyNot(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

function readFile(path: string, cap: number): Uint8Array | ConfigText {
  try {
    // stat first, so that opening never touches a device or waits on a pipe without a writer;
    // then O_NONBLOCK and fstat on what was opened, in case the path changed in between.
    const first = kindOf(statSync(path));
    if (first !== undefined) return { kind: 'unreadable', why: first };
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      const kind = kindOf(st);
      if (kind !== undefined) return { kind: 'unreadable', why: kind };
      if (st.size > cap) return tooLarge(`it is ${formatCount(st.size)} bytes`);
      const buf = Buffer.allocUnsafe(Math.min(st.size, cap) + 1);
      let n = 0;
      for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, null);
      if (n > cap) return tooLarge('it grew past the limit while being read');
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { kind: 'unreadable', why: whyNot(e) };
  }
}

async function readStream(stream: AsyncIterable<unknown>, cap: number): Promise<Uint8Array | ConfigText> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      if (!(chunk instanceof Uint8Array)) return { kind: 'unreadable', why: 'standard input gave text, not bytes' };
      total += chunk.length;
      if (total > cap) return tooLarge('standard input holds more'); // leaving the loop stops reading
      chunks.push(chunk);
    }
  } catch (e) {
    return { kind: 'unreadable', why: whyNot(e) };
  }
  return Buffer.concat(chunks, total);
}

/** UTF-8 bytes to text; a leading byte order mark is dropped (editors on Windows write one). */
export function decodeConfig(bytes: Uint8Array): ConfigText {
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return { kind: 'not-utf8', ...positionOfByte(bytes, at), byte: bytes[at] ?? 0 };
  }
}

/** The config at `path`, or standard input for `-`, read with the size cap. */
export async function readConfig(path: string, stdin: AsyncIterable<unknown>, cap = MAX_CONFIG_BYTES): Promise<ConfigText> {
  const bytes = path === '-' ? await readStream(stdin, cap) : readFile(path, cap);
  return bytes instanceof Uint8Array ? decodeConfig(bytes) : bytes;
}
