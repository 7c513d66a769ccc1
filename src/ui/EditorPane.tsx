// The editor column: CodeMirror fed from and reporting to the store. The store edits the text
// only through this editor's handle, so each app-made change is one undo step.
// It does not subscribe to the text: the editor owns it, and re-rendering this pane on every
// keystroke would only add work to the keystroke's task.
import { memo, useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { ConfigEditor, type ConfigEditorHandle } from '../editor/ConfigEditor.tsx';
import type { Diagnostic } from '../engine/index.ts';
import { LEAVE_HINT, LEAVE_HINT_ID } from '../editor/leaveEditor.ts';
import { useActions, useApp, useAppStore } from './appContext.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';

export const EditorPane = memo(function EditorPane(): ReactElement {
  const actions = useActions();
  const store = useAppStore();
  const [initialText] = useState(() => store.getState().text); // the editor reads it at mount only
  const diagnostics = useApp((s) => s.diagnostics);
  const diagnosticsFor = useApp((s) => s.diagnosticsFor);
  const example = useApp((s) => s.exampleName);
  const editor = useRef<ConfigEditorHandle>(null);
  const jump = useCallback((d: Diagnostic) => editor.current?.select(d.from, d.to), []);

  useEffect(() => {
    actions.attachEditor(editor.current);
    return () => actions.attachEditor(null);
  }, [actions]);

  return (
    <section id="editor-pane" className="pane editor-pane" aria-label="Config editor">
      <div className="pane-head">
        <h2 className="pane-title">Config</h2>
        <span className="pane-file">{example !== undefined ? `${example}.toml` : 'TOML'}</span>
        <span className="pane-hint">Ctrl-Space completes · hover a key for help · Alt-drag a number to scrub it</span>
      </div>
      <div className="editor-area">
        <ConfigEditor ref={editor} className="editor-host" initialText={initialText} onChange={actions.textChanged} diagnostics={diagnostics} diagnosticsFor={diagnosticsFor} />
        {/* Shown while the editor has focus; always the editor's description for screen readers. */}
        <p id={LEAVE_HINT_ID} className="editor-leave-hint">{LEAVE_HINT}</p>
      </div>
      <ProblemsPanel onJump={jump} />
    </section>
  );
});
