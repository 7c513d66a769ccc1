// Diagnostics are plain data (after @codemirror/lint's {from, to, severity, message}) plus the
// 1-based line and column that people and the CLI need. Offsets are UTF-16 code units, the
// same units as JavaScript strings and CodeMirror positions.

export type Severity = 'error' | 'warning';

export interface Range {
  readonly from: number;
  readonly to: number;
}

export interface Diagnostic extends Range {
  readonly severity: Severity;
  readonly message: string;
  /** 1-based line and column of `from`. */
  readonly line: number;
  readonly column: number;
  /** 1-based line and column of `to`. */
  readonly endLine: number;
  readonly endColumn: number;
}

/** Maps offsets to 1-based line/column in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 };
  }
  /** Offset of a 1-based line and column, clamped to the text. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
    return Math.max(0, Math.min(start + column - 1, this.text.length));
  }
}

export function makeDiagnostic(index: LineIndex, severity: Severity, range: Range, message: string): Diagnostic {
  const a = index.position(range.from);
  const b = index.position(range.to);
  return { severity, message, from: range.from, to: range.to, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
