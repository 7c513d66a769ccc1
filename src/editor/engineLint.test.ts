import { forEachDiagnostic, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Diagnostic } from '../engine/index.ts';
import { editorExtensions } from './editorExtensions.ts';
import { engineDiagnosticsSpec, nothingToShow, toLintDiagnostics } from './engineLint.ts';

const shown = (state: EditorState): LintDiagnostic[] => {
  const out: LintDiagnostic[] = [];
  forEachDiagnostic(state, (d, from, to) => out.push({ ...d, from, to }));
  return out;
};

const diag = (from: number, to: number, message = 'bad'): Diagnostic =>
  ({ severity: 'error', message, from, to, line: 1, column: from + 1, endLine: 1, endColumn: to + 1 });

describe('engineDiagnosticsSpec', () => {
  const text = '[general]\nnum_samples = -1\n';
  const { diagnostics } = parseConfig(text);
  it('has something to show', () => expect(diagnostics.length).toBeGreaterThan(0));

  it('shows the engine diagnostics at their exact range when they are for the current text', () => {
    const state = EditorState.create({ doc: text, extensions: editorExtensions() });
    const spec = engineDiagnosticsSpec(state, diagnostics, text);
    expect(spec).not.toBeNull();
    const after = state.update(spec ?? {}).state;
    const marks = shown(after);
    expect(marks.length).toBe(diagnostics.length);
    expect(marks.map((m) => [m.from, m.to, m.message])).toEqual(diagnostics.map((d) => [d.from, d.to, d.message]));
  });

  it('drops diagnostics computed for other text and keeps the marks already shown', () => {
    const state0 = EditorState.create({ doc: text, extensions: editorExtensions() });
    const state1 = state0.update(engineDiagnosticsSpec(state0, [diag(10, 21, 'first')], text) ?? {}).state;
    const edited = state1.update({ changes: { from: 0, insert: '# hi\n' } }).state;
    // a result for the old text arrives after the edit: it must not move or replace the marks
    expect(engineDiagnosticsSpec(edited, [diag(0, 3, 'stale')], text)).toBeNull();
    const marks = shown(edited);
    expect(marks.map((m) => [m.from, m.to, m.message])).toEqual([[15, 26, 'first']]);
  });

  it('does not take a text of the same length for the current one', () => {
    const state = EditorState.create({ doc: 'abc' });
    expect(engineDiagnosticsSpec(state, [diag(0, 1)], 'abd')).toBeNull();
  });
});

describe('toLintDiagnostics', () => {
  const doc = Text.of(['value = ', 'x']);
  it('clamps ranges to the document', () => {
    expect(toLintDiagnostics([diag(5, 500)], doc).map((d) => [d.from, d.to])).toEqual([[5, doc.length]]);
    expect(toLintDiagnostics([diag(-3, 2)], doc).map((d) => [d.from, d.to])).toEqual([[0, 2]]);
  });
  it('widens an empty range to one character so it is underlined', () => {
    expect(toLintDiagnostics([diag(2, 2)], doc).map((d) => [d.from, d.to])).toEqual([[2, 3]]);
    // at the end of a line, the character before it
    expect(toLintDiagnostics([diag(8, 8)], doc).map((d) => [d.from, d.to])).toEqual([[7, 8]]);
    expect(toLintDiagnostics([diag(10, 10)], doc).map((d) => [d.from, d.to])).toEqual([[9, 10]]);
  });
  it('keeps the severity and the message', () => {
    const [d] = toLintDiagnostics([{ ...diag(0, 1, 'did you mean `value`?'), severity: 'warning' }], doc);
    expect(d).toMatchObject({ severity: 'warning', message: 'did you mean `value`?' });
  });
});

describe('nothingToShow', () => {
  it('is true only when the list last given to the editor was empty and this one is too', () => {
    expect(nothingToShow(0, [])).toBe(true);
    expect(nothingToShow(0, [diag(10, 21)])).toBe(false);
  });

  it('is false after a list with marks, even once an edit has removed them from the lint state', () => {
    const text = '[general]\nnum_samples = -1\n';
    const state0 = EditorState.create({ doc: text, extensions: editorExtensions() });
    const marked = state0.update(engineDiagnosticsSpec(state0, [diag(10, 21)], text) ?? {}).state;
    expect(shown(marked)).toHaveLength(1);
    // Deleting the marked range drops the diagnostic from the lint state (the gutter keeps its
    // dot for the line): the empty list that follows must still be given to the editor.
    const edited = marked.update({ changes: { from: 10, to: 21 } }).state;
    expect(shown(edited)).toHaveLength(0);
    expect(nothingToShow(1, [])).toBe(false);
  });
});
