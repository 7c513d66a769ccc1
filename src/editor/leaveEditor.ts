import { Prec, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { LEAVE_HINT_ID } from './leaveHint.ts';

// Tab indents in the editor (indentWithTab), so Tab alone cannot move focus on. CodeMirror's
// tab-focus mode is the way out: after Escape, the next Tab or Shift-Tab moves focus as in the
// rest of the page. CodeMirror arms it on an Escape that nothing else used; here every Escape
// arms it, also one that closed the completion list or collapsed a selection, so the hint
// "Esc then Tab" always holds.

/** CodeMirror's own window after Escape: the Tab must follow within it, before any other key. */
const TAB_FOCUS_WINDOW_MS = 2000;

export function leaveEditor(): Extension {
  return [
    Prec.highest(
      EditorView.domEventHandlers({
        keydown(event, view) {
          if (event.key === 'Escape') view.setTabFocusMode(TAB_FOCUS_WINDOW_MS);
          return false;
        },
      }),
    ),
    // tabindex 0 is what the contenteditable has anyway; written out, it tells axe (and other
    // checkers) that the scrolling editor has focusable content.
    EditorView.contentAttributes.of({ 'aria-describedby': LEAVE_HINT_ID, tabindex: '0' }),
  ];
}
