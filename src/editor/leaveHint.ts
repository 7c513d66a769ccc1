// The hint that says how to leave the editor (leaveEditor.ts), without CodeMirror: the editor
// pane shows it before the editor's own code has loaded (EditorPane, useDeferredEditor).

/** The id of the hint that says so (EditorPane), which the editor's content is described by. */
export const LEAVE_HINT_ID = 'editor-leave-hint';
export const LEAVE_HINT = 'Esc then Tab to leave the editor';
