import { isolateHistory } from '@codemirror/commands';
import { Prec, Transaction, type ChangeSpec, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { numberBounds, setValues, valueAt } from '../engine/index.ts';
import { isScrubbable, scrubbedLiteral, stepsFor } from './scrubValue.ts';

// Scrubbing: Alt-drag (Option on a Mac) sideways over a number literal changes it live, in steps
// of its own precision, clamped to the schema's bounds for its key, through the engine's
// setValues. Alt because plain drag must still select text, Ctrl/Cmd-click adds a cursor and
// Shift-click extends the selection; Alt-drag elsewhere keeps making a rectangular selection.
// While the drag lasts its changes stay out of the undo history; on release they are replaced
// by one isolated change from the old text to the new, so one Ctrl-Z restores the number.

const HOVER_CLASS = 'cm-scrub-ready';

interface Drag {
  readonly startX: number;
  readonly path: readonly string[];
  readonly literal: string;
  /** The document when the drag began, and the change that takes it to what is shown now. */
  readonly original: string;
  shown: string;
}

/** The scrubbable number under a mouse event, if any. */
function numberUnder(view: EditorView, e: MouseEvent): { path: readonly string[]; literal: string } | undefined {
  const pos = view.posAtCoords({ x: e.clientX, y: e.clientY }, false);
  if (pos === null) return undefined;
  const text = view.state.doc.toString();
  const found = valueAt(text, pos);
  if (found === undefined) return undefined;
  const literal = text.slice(found.range.from, found.range.to);
  return isScrubbable(literal) ? { path: found.path, literal } : undefined;
}

/** The minimal change from `a` to `b` (one replaced span). */
function diff(a: string, b: string): ChangeSpec {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { from: start, to: endA, insert: b.slice(start, endB) };
}

export function scrubNumbers(): Extension {
  const plugin = ViewPlugin.define((view) => {
    let drag: Drag | undefined;

    const show = (text: string): void => {
      const current = view.state.doc.toString();
      if (text === current) return;
      view.dispatch({ changes: diff(current, text), annotations: Transaction.addToHistory.of(false), userEvent: 'input.scrub' });
    };
    const move = (e: MouseEvent): void => {
      if (drag === undefined) return;
      e.preventDefault();
      const literal = scrubbedLiteral(drag.literal, stepsFor(e.clientX - drag.startX), numberBounds(drag.path));
      if (literal === undefined) return;
      const result = setValues(drag.original, [{ path: drag.path, value: { toml: literal } }]);
      if (!result.ok) return;
      let next = '';
      let at = 0;
      for (const c of result.changes) {
        next += drag.original.slice(at, c.from) + c.insert;
        at = c.to;
      }
      next += drag.original.slice(at);
      drag.shown = next;
      show(next);
    };
    const end = (): void => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', end);
      const d = drag;
      drag = undefined;
      view.dom.classList.remove('cm-scrubbing');
      if (d === undefined || d.shown === d.original) return;
      // back to the text the drag began with, outside the history; then the whole drag as one step
      const current = view.state.doc.toString();
      const revert = view.state.update({ changes: diff(current, d.original), annotations: Transaction.addToHistory.of(false), userEvent: 'input.scrub' });
      const final = revert.state.update({ changes: diff(d.original, d.shown), annotations: isolateHistory.of('full'), userEvent: 'input.scrub' });
      view.dispatch([revert, final]); // an array: two arguments would be read as two specs of one transaction
    };

    return {
      get active(): boolean {
        return drag !== undefined;
      },
      start(e: MouseEvent): boolean {
        if (!e.altKey || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return false;
        const target = numberUnder(view, e);
        if (target === undefined) return false; // Alt-drag elsewhere: a rectangular selection
        e.preventDefault();
        const original = view.state.doc.toString();
        drag = { startX: e.clientX, path: target.path, literal: target.literal, original, shown: original };
        view.dom.classList.add('cm-scrubbing');
        window.addEventListener('mousemove', move);
        window.addEventListener('mouseup', end);
        return true;
      },
      hover(e: MouseEvent): void {
        view.dom.classList.toggle(HOVER_CLASS, e.altKey && drag === undefined && numberUnder(view, e) !== undefined);
      },
      destroy(): void {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', end);
      },
    };
  });
  return [
    plugin,
    // before the selection handlers (rectangularSelection also reads Alt-drags)
    Prec.highest(EditorView.domEventHandlers({
      mousedown: (e, view) => view.plugin(plugin)?.start(e) ?? false,
      mousemove: (e, view) => {
        view.plugin(plugin)?.hover(e);
        return false;
      },
      // a drag that starts over selected text would otherwise also move that text (drag and drop)
      dragstart: (e, view) => {
        if (!view.plugin(plugin)?.active) return false;
        e.preventDefault();
        return true;
      },
      mouseleave: (_e, view) => {
        view.dom.classList.remove(HOVER_CLASS);
        return false;
      },
      keyup: (e, view) => {
        if (e.key === 'Alt') view.dom.classList.remove(HOVER_CLASS);
        return false;
      },
    })),
    EditorView.baseTheme({
      // !important: crosshairCursor sets the content's cursor inline while Alt is down
      [`&.${HOVER_CLASS} .cm-content, &.cm-scrubbing .cm-content, &.cm-scrubbing`]: { cursor: 'ew-resize !important' },
    }),
  ];
}
