import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers, keymap } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import type { Diagnostic } from '../engine/index.ts';

export interface ConfigEditorHandle {
  /** Replace the whole text as ONE undoable change (Examples menu, seed re-roll, restore draft). */
  replaceText(text: string): void;
  /** Replace only a range (e.g. the seed value) as one undoable change. */
  replaceRange(from: number, to: number, insert: string): void;
  focus(): void;
}

export interface ConfigEditorProps {
  /** Initial text, read at mount only. */
  initialText: string;
  /** Called with the full text after every document change (typing, undo, replaceText). */
  onChange: (text: string) => void;
  /** The engine's diagnostics and the exact text they were computed for; stale ones are not shown. */
  diagnostics: readonly Diagnostic[];
  diagnosticsFor: string;
  /** Optional CSS class for the wrapper. */
  className?: string;
}

// Minimal first version; extensions are filled in by editorExtensions.ts.
export const ConfigEditor = forwardRef<ConfigEditorHandle, ConfigEditorProps>(function ConfigEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    if (host.current === null) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: props.initialText,
        extensions: [
          lineNumbers(), history(), lintGutter(), keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.updateListener.of((u) => { if (u.docChanged) onChange.current(u.state.doc.toString()); }),
        ],
      }),
    });
    view.current = v;
    return () => { v.destroy(); view.current = null; };
    // initialText is read at mount only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v === null || v.state.doc.toString() !== props.diagnosticsFor) return;
    const len = v.state.doc.length;
    v.dispatch(setDiagnostics(v.state, props.diagnostics.map((d) => ({
      from: Math.min(d.from, len), to: Math.min(Math.max(d.to, d.from), len), severity: d.severity, message: d.message,
    }))));
  }, [props.diagnostics, props.diagnosticsFor]);

  useImperativeHandle(ref, () => ({
    replaceText(text) {
      const v = view.current;
      if (v !== null) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
    },
    replaceRange(from, to, insert) {
      view.current?.dispatch({ changes: { from, to, insert } });
    },
    focus() { view.current?.focus(); },
  }), []);

  return <div ref={host} className={props.className} style={{ height: '100%', overflow: 'auto' }} />;
});
