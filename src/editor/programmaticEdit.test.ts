import { undo } from '@codemirror/commands';
import { EditorState, Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from './editorExtensions.ts';
import { replaceRangeSpec, replaceTextSpec } from './programmaticEdit.ts';

/** Types `s` at the end as the keyboard would, one character per transaction, at time `t`. */
function type(state: EditorState, s: string, t: number): EditorState {
  for (const ch of s) {
    state = state.update({ changes: { from: state.doc.length, insert: ch }, userEvent: 'input.type', annotations: Transaction.time.of(t) }).state;
  }
  return state;
}
function undoOnce(state: EditorState): EditorState {
  let next = state;
  undo({ state, dispatch: (tr) => (next = tr.state) });
  return next;
}

describe('programmatic edits', () => {
  it('replaceText is one undo step, even right after typing', () => {
    const typed = type(EditorState.create({ doc: 'seed = 1', extensions: editorExtensions() }), '23', 1000);
    const spec = replaceTextSpec(typed, '[general]\nnum_samples = 5\n');
    if (spec === null) throw new Error('expected a change');
    const replaced = typed.update(spec, { annotations: Transaction.time.of(1010) }).state;
    expect(replaced.doc.toString()).toBe('[general]\nnum_samples = 5\n');
    // one undo brings back exactly what was typed, not the text before typing
    expect(undoOnce(replaced).doc.toString()).toBe('seed = 123');
    // and typing after the replacement is not merged into it either
    const more = type(replaced, 'x', 1020);
    expect(undoOnce(more).doc.toString()).toBe('[general]\nnum_samples = 5\n');
  });

  it('replaceText of the same text changes nothing', () => {
    expect(replaceTextSpec(EditorState.create({ doc: 'a' }), 'a')).toBeNull();
  });

  it('replaceRange swaps only the range and clamps it to the text', () => {
    const state = EditorState.create({ doc: 'seed = 42\n', extensions: editorExtensions() });
    expect(state.update(replaceRangeSpec(state, 7, 9, '7')).state.doc.toString()).toBe('seed = 7\n');
    expect(state.update(replaceRangeSpec(state, 7, 999, '1')).state.doc.toString()).toBe('seed = 1');
  });
});
