// A tiny ZIP writer for the playground's folder downloads (NAB's nab/): entries stored, not
// compressed, with their CRC-32, so the bytes inside are exactly the CLI's files. Built from
// the PKWARE APPNOTE (section 4.3: local file header, central directory, end of central
// directory record); no ZIP64, so each entry and the archive stay under 4 GiB. Every entry
// gets the same fixed time (1980-01-01 00:00, DOS time 0) so the same dataset gives the same
// archive.

const TABLE = (() => {
  // CRC-32 with the reflected polynomial 0xEDB88320 (ISO 3309, as ZIP and PNG use it).
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Running CRC-32: start from 0, feed every chunk in order. */
export function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

export interface ZipEntry {
  /** '/'-separated path inside the archive. */
  readonly path: string;
  readonly size: number;
  readonly crc: number;
  readonly data: Blob;
}

const LIMIT = 0xffffffff;
const encoder = new TextEncoder();
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1; // 1980-01-01

function header(signature: number, fields: readonly (readonly [number, 2 | 4])[], name: Uint8Array): Uint8Array<ArrayBuffer> {
  const size = 4 + fields.reduce((n, [, w]) => n + w, 0);
  const out = new Uint8Array(size + name.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, signature, true);
  let at = 4;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  out.set(name, size);
  return out;
}

/** The archive as Blob parts: each entry's local header and data, then the central directory. */
export function zipParts(entries: readonly ZipEntry[]): BlobPart[] {
  const parts: BlobPart[] = [];
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size >= LIMIT || offset >= LIMIT) throw new Error('the folder is too large for a ZIP without ZIP64 (4 GB); use the command line');
    const name = encoder.encode(e.path);
    const common: (readonly [number, 2 | 4])[] = [[20, 2], [0x0800, 2], [0, 2], [0, 2], [DOS_DATE_1980, 2], [e.crc, 4], [e.size, 4], [e.size, 4], [name.length, 2], [0, 2]];
    const local = header(0x04034b50, common, name); // version needed 2.0, UTF-8 names, stored
    parts.push(local, e.data);
    central.push(header(0x02014b50, [[20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]], name));
    offset += local.length + e.size;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  if (offset >= LIMIT) throw new Error('the folder is too large for a ZIP without ZIP64 (4 GB); use the command line');
  const end = header(0x06054b50, [[0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [dirSize, 4], [offset, 4], [0, 2]], new Uint8Array(0));
  return [...parts, ...central, end];
}

/** Bytes of the archive of entries with these paths and sizes (for size estimates). */
export function zipSize(entries: readonly { readonly path: string; readonly size: number }[]): number {
  return entries.reduce((n, e) => n + 30 + 46 + 2 * encoder.encode(e.path).length + e.size, 22);
}
