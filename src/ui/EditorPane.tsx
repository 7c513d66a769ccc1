// The editor column: CodeMirror fed from and reporting to the store. The store edits the text
// only through this editor's handle, so each app-made change is one undo step.
// It does not subscribe to the text: the editor owns it, and re-rendering this pane on every
// keystroke would only add work to the keystroke's task.
// The editor's code arrives after the first charts (useDeferredEditor); until then the pane
// shows the text as plain, read-only lines, and the store, with no editor attached, takes any
// change (an example chosen, a seed) directly, which the editor then opens with.
import { memo, useCallback, useEffect, useRef, type ReactElement } from 'react';
import type { ConfigEditorHandle } from '../editor/ConfigEditor.tsx';
import type { Diagnostic } from '../engine/index.ts';
import { LEAVE_HINT, LEAVE_HINT_ID } from '../editor/leaveHint.ts';
import { useActions, useApp, useAppStore } from './appContext.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { useDeferredEditor } from './useDeferredEditor.ts';

/** Lines of the text the placeholder shows: more than any pane is tall. */
const PLACEHOLDER_LINES = 120;

export interface EditorPaneProps {
  /** The first charts are drawn (or the first run ended without any): the editor may start. */
  readonly startEditor: boolean;
}

export const EditorPane = memo(function EditorPane({ startEditor }: EditorPaneProps): ReactElement {
  const actions = useActions();
  const store = useAppStore();
  const diagnostics = useApp((s) => s.diagnostics);
  const diagnosticsFor = useApp((s) => s.diagnosticsFor);
  const example = useApp((s) => s.exampleName);
  const editor = useRef<ConfigEditorHandle>(null);
  const jump = useCallback((d: Diagnostic) => editor.current?.select(d.from, d.to), []);
  const load = useDeferredEditor(startEditor);
  const Editor = load.phase === 'ready' ? load.Editor : undefined;

  // The text the editor was created with (read in the render that mounted it).
  const openedWith = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (Editor === undefined) return;
    actions.attachEditor(editor.current);
    // A change the store took between that render and now (an example picked in that frame)
    // would otherwise be lost at the next keystroke: the editor takes it as one undo step.
    const text = store.getState().text;
    if (openedWith.current !== undefined && openedWith.current !== text) editor.current?.replaceText(text);
    return () => actions.attachEditor(null);
  }, [actions, Editor, store]);
  if (Editor !== undefined && openedWith.current === undefined) openedWith.current = store.getState().text;

  return (
    <section id="editor-pane" className="pane editor-pane" aria-label="Config editor">
      <div className="pane-head">
        <h2 className="pane-title">Config</h2>
        <span className="pane-file">{example !== undefined ? `${example}.toml` : 'TOML'}</span>
        <span className="pane-hint">Ctrl-Space completes · hover a key for help · Alt-drag a number to scrub it</span>
      </div>
      <div className="editor-area">
        {Editor !== undefined ? (
          // The text at the editor's mount: the store's, which changes made before it arrived went to.
          <Editor ref={editor} className="editor-host" initialText={openedWith.current ?? store.getState().text} onChange={actions.textChanged} diagnostics={diagnostics} diagnosticsFor={diagnosticsFor} />
        ) : load.phase === 'failed' ? (
          <p className="editor-failed" role="alert">
            The editor could not be loaded, so the config cannot be edited. Reload the page to try again. ({load.message})
          </p>
        ) : (
          <EditorPlaceholder />
        )}
        {/* Shown while the editor has focus; always the editor's description for screen readers. */}
        <p id={LEAVE_HINT_ID} className="editor-leave-hint">{LEAVE_HINT}</p>
      </div>
      <ProblemsPanel onJump={jump} />
    </section>
  );
});

/** The text's first lines, laid out like the editor's, for the moment before it arrives. */
function EditorPlaceholder(): ReactElement {
  const text = useApp((s) => s.text); // a seed or an example taken before the editor arrives shows
  const lines = text.split('\n', PLACEHOLDER_LINES).join('\n');
  return (
    <pre className="editor-host editor-placeholder" aria-busy="true" aria-label="Config (the editor is loading)">
      {lines}
    </pre>
  );
}
