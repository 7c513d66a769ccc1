import { setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { EditorState, Text, TransactionSpec } from '@codemirror/state';
import type { Diagnostic } from '../engine/index.ts';

// The editor does not lint by itself: it shows the engine's own diagnostics, which arrive
// asynchronously from the worker. Like @codemirror/lint's own async linting, a result is
// applied only if it was computed for exactly the text on screen; a stale one is dropped and
// the previous marks (mapped through the edits by the lint state) stay until a fresh one comes.

/**
 * Engine diagnostics as lint diagnostics on `doc`: clamped to the document, and an empty range
 * widened to one character so that it gets an underline (CodeMirror draws a point otherwise).
 */
export function toLintDiagnostics(diagnostics: readonly Diagnostic[], doc: Text): LintDiagnostic[] {
  const len = doc.length;
  const clamp = (n: number): number => Math.max(0, Math.min(Math.trunc(n), len));
  return diagnostics.map((d) => {
    let from = clamp(d.from);
    let to = Math.max(from, clamp(d.to));
    if (from === to) {
      // Prefer the character after; at a line end (or the end of text) the one before.
      const line = doc.lineAt(from);
      if (from < line.to) to = from + 1;
      else if (from > line.from) from -= 1;
    }
    return { from, to, severity: d.severity, message: d.message };
  });
}

/**
 * The transaction that shows `diagnostics`, or null when they were computed for other text
 * than the state's document (they are stale and must not be shown).
 */
export function engineDiagnosticsSpec(state: EditorState, diagnostics: readonly Diagnostic[], diagnosticsFor: string): TransactionSpec | null {
  const doc = state.doc;
  if (doc.length !== diagnosticsFor.length || doc.toString() !== diagnosticsFor) return null;
  return setDiagnostics(state, toLintDiagnostics(diagnostics, doc));
}

/**
 * Whether showing `diagnostics` would change nothing on screen: the list last given to the editor
 * was empty (`shownCount` 0, so no underline and no gutter dot is shown) and so is this one. A
 * valid config gets an empty list with every result (twice per run: checked, then generated);
 * with 500 metrics each dispatch was a full editor update (and the staleness check a copy of the
 * whole text), in the same task as the result. Not the lint state's own count: an edit that
 * deletes a marked range drops that diagnostic there, while the gutter keeps its dot for the
 * line until the next list is set, and skipping that list left the dot behind.
 */
export function nothingToShow(shownCount: number, diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.length === 0 && shownCount === 0;
}
