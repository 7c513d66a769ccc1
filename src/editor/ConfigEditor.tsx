import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Diagnostic } from '../engine/index.ts';
import { editorExtensions } from './editorExtensions.ts';
import { engineDiagnosticsSpec, nothingToShow } from './engineLint.ts';
import { replaceRangeSpec, replaceTextSpec } from './programmaticEdit.ts';

export interface ConfigEditorHandle {
  /** Replace the whole text as ONE undoable change (Examples menu, seed re-roll, restore draft). */
  replaceText(text: string): void;
  /** Replace only a range (e.g. the seed value) as one undoable change. */
  replaceRange(from: number, to: number, insert: string): void;
  focus(): void;
  /** Selects [from, to) (clamped), scrolls it into view and focuses the editor (the problems panel's jump). */
  select(from: number, to: number): void;
}

export interface ConfigEditorProps {
  /** Initial text, read at mount only. */
  initialText: string;
  /** Called with the full text after every document change (typing, undo, replaceText). */
  onChange: (text: string) => void;
  /** The engine's diagnostics and the exact text they were computed for: when `diagnosticsFor` differs from the editor's current text they are stale and must not be shown (keep the previous marks until fresh ones arrive). */
  diagnostics: readonly Diagnostic[];
  diagnosticsFor: string;
  /** Optional CSS class for the wrapper. */
  className?: string;
}

interface Pending {
  readonly diagnostics: readonly Diagnostic[];
  readonly diagnosticsFor: string;
}

/** Shows `p` if it is for the current text; otherwise keeps it until the text matches. */
function applyOrKeep(v: EditorView, p: Pending, pending: { current: Pending | null }, shown: { current: number }): void {
  if (nothingToShow(shown.current, p.diagnostics)) {
    pending.current = null; // the newest list is empty: an older one waiting is superseded
    return;
  }
  const spec = engineDiagnosticsSpec(v.state, p.diagnostics, p.diagnosticsFor);
  pending.current = spec === null ? p : null;
  if (spec === null) return;
  v.dispatch(spec);
  shown.current = p.diagnostics.length;
}

const WRAPPER_STYLE = { height: '100%', minHeight: 0, overflow: 'hidden' } as const;

/** The CodeMirror TOML editor. The view lives outside React's rendering; props reach it through effects. */
export const ConfigEditor = forwardRef<ConfigEditorHandle, ConfigEditorProps>(function ConfigEditor(props, ref) {
  const { initialText, onChange, diagnostics, diagnosticsFor, className } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  // The latest diagnostics not yet shown, because they did not match the text when they came.
  const pending = useRef<Pending | null>(null);
  // How many diagnostics the list last given to the editor had (a new editor shows none).
  const shown = useRef(0);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const parent = host.current;
    if (parent === null) return;
    const v = new EditorView({
      parent,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          editorExtensions({ onChange: (text) => onChangeRef.current(text) }),
          // Undo can bring back the very text a stale result was for; show it then.
          EditorView.updateListener.of((u) => {
            const p = pending.current;
            if (u.docChanged && p !== null && u.state.doc.length === p.diagnosticsFor.length) {
              queueMicrotask(() => {
                if (view.current === u.view && pending.current === p) applyOrKeep(u.view, p, pending, shown);
              });
            }
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // initialText is read at mount only, by contract
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v !== null) applyOrKeep(v, { diagnostics, diagnosticsFor }, pending, shown);
  }, [diagnostics, diagnosticsFor]);

  useImperativeHandle(ref, () => ({
    replaceText(text) {
      const v = view.current;
      const spec = v === null ? null : replaceTextSpec(v.state, text);
      if (spec !== null) v?.dispatch(spec);
    },
    replaceRange(from, to, insert) {
      const v = view.current;
      v?.dispatch(replaceRangeSpec(v.state, from, to, insert));
    },
    focus() {
      view.current?.focus();
    },
    select(from, to) {
      const v = view.current;
      if (v === null) return;
      const len = v.state.doc.length;
      const a = Math.max(0, Math.min(from, len));
      v.dispatch({ selection: { anchor: a, head: Math.max(a, Math.min(to, len)) }, scrollIntoView: true });
      v.focus();
    },
  }), []);

  return <div ref={host} className={className} style={WRAPPER_STYLE} />;
});
