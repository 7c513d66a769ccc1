import { isolateHistory } from '@codemirror/commands';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import { minimalChange } from './minimalChange.ts';

// Edits the app makes on the user's behalf (an example, a new seed, a restored draft). Each is
// exactly one undo step: isolated on both sides, so it never merges with the typing around it,
// and with a user event that history does not join.

function spec(from: number, to: number, insert: string): TransactionSpec {
  return { changes: { from, to, insert }, userEvent: 'input.replace', annotations: isolateHistory.of('full'), scrollIntoView: true };
}

/** Replaces the whole text (only the part that differs, so the cursor stays where it makes sense). */
export function replaceTextSpec(state: EditorState, text: string): TransactionSpec | null {
  const change = minimalChange(state.doc.toString(), text);
  return change === undefined ? null : spec(change.from, change.to, change.insert);
}

/** Replaces a range, clamped to the document. */
export function replaceRangeSpec(state: EditorState, from: number, to: number, insert: string): TransactionSpec {
  const len = state.doc.length;
  const a = Math.max(0, Math.min(from, len));
  return spec(a, Math.max(a, Math.min(to, len)), insert);
}
