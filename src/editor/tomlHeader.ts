// Reading `[table.headers]` while the user is typing them. The engine's locator works on whole
// documents; the editor needs to know, for an unfinished line, which segments are written and
// where each one sits, so completion and hover can act on one segment.

export interface KeySegment {
  /** Decoded name (quotes removed, simple escapes resolved). */
  readonly name: string;
  /** The segment as written, quotes included. */
  readonly from: number;
  readonly to: number;
  /** The opening quote of a quoted segment. */
  readonly quote: '"' | "'" | undefined;
}

const BARE = /[A-Za-z0-9_-]/;

export const isBareChar = (c: string | undefined): boolean => c !== undefined && BARE.test(c);

/** Reads one key segment at `i` (bare or quoted; an unterminated quote ends at the line's end). */
export function readSegment(text: string, i: number): KeySegment | undefined {
  const q = text[i];
  if (q === '"' || q === "'") {
    let name = '';
    let j = i + 1;
    for (; j < text.length && text[j] !== '\n' && text[j] !== q; j++) {
      if (q === '"' && text[j] === '\\' && j + 1 < text.length) j++;
      name += text[j];
    }
    return { name, from: i, to: text[j] === q ? j + 1 : j, quote: q };
  }
  let j = i;
  while (isBareChar(text[j])) j++;
  return j > i ? { name: text.slice(i, j), from: i, to: j, quote: undefined } : undefined;
}

export interface Header {
  readonly segments: readonly KeySegment[];
  /** `[[array.of.tables]]` */
  readonly array: boolean;
  /** Offset just after the closing bracket(s), or undefined while the header is unfinished. */
  readonly end: number | undefined;
  /** Offset after the opening bracket(s). */
  readonly bodyFrom: number;
}

/** Parses the header on the line starting at `lineStart`, or undefined if the line is not one. */
export function readHeader(text: string, lineStart: number): Header | undefined {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '[') return undefined;
  const array = text[i + 1] === '[';
  i += array ? 2 : 1;
  const bodyFrom = i;
  const segments: KeySegment[] = [];
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    const seg = readSegment(text, i);
    if (seg === undefined) break;
    segments.push(seg);
    i = seg.to;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== '.') break;
    i++;
  }
  let end: number | undefined;
  if (text[i] === ']') end = array && text[i + 1] === ']' ? i + 2 : i + 1;
  return { segments, array, end, bodyFrom };
}

export interface CurrentTable {
  /** Decoded path of the table the position belongs to; [] before the first header. */
  readonly path: readonly string[];
  /** Where the table's body starts: just after its header (or 0). */
  readonly bodyFrom: number;
}

/**
 * The table `pos` belongs to: the nearest complete header that ends before `pos`, looking from
 * pos's own line upwards. Lines are scanned backwards, so the cost is the distance to the header.
 */
export function tableAt(text: string, pos: number): CurrentTable {
  let lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  for (;;) {
    const header = readHeader(text, lineStart);
    if (header?.end !== undefined && header.end <= pos) {
      return { path: header.segments.map((s) => s.name), bodyFrom: header.end };
    }
    if (lineStart === 0) return { path: [], bodyFrom: 0 };
    // text[lineStart - 1] ends the previous line; find the newline before that one
    lineStart = lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
  }
}
